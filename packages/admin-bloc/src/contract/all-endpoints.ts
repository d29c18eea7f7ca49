import { adminEndpoints } from './admin.js';
import { auditEndpoints } from './audit.js';
import { contactsEndpoints } from './contacts.js';
import { dataEndpoints } from './data.js';
import type { Endpoint } from './endpoint.js';
import { platformEndpoints } from './platform.js';
import { stateEndpoints } from './state.js';

/**
 * The whole contract, one endpoint map per document (plus our audit-log extension).
 *
 * @example
 * contract.platform.usersGet.path; // '/api/v1/admin/users/:userId'
 */
export const contract = {
  data: dataEndpoints,
  state: stateEndpoints,
  admin: adminEndpoints,
  contacts: contactsEndpoints,
  platform: platformEndpoints,
  audit: auditEndpoints,
} as const;

function paramCount(endpoint: Endpoint): number {
  return (endpoint.path.match(/:/g) ?? []).length;
}

/**
 * Every endpoint (39 from the five documents + 1 extension), literal paths before parameterised ones
 * (stable otherwise), so a router that matches in order — MSW does — never lets `/contacts/:id`
 * swallow `/contacts/search` or `/contacts/peer-mentors`.
 *
 * @example
 * for (const endpoint of allEndpoints) console.log(endpoint.method, endpoint.path);
 */
export const allEndpoints: readonly Endpoint[] = Object.freeze(
  Object.values(contract)
    .flatMap((group) => Object.values(group) as Endpoint[])
    .sort((a, b) => paramCount(a) - paramCount(b)),
);
