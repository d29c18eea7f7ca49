import { describe, expect, it } from 'vitest';
import { createAdminClient } from '../../src/api/create-admin-client.js';
import { isAdminApiError } from '../../src/api/index.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { DEMO_TENANT } from '../../src/mocks/handlers/platform.js';
import type { MockServer } from '../../src/mocks/server.js';
import { SEEDED_STATS } from './test-support.js';

/**
 * A component test whose client names its API by an absolute base on another origin than the page's, as a
 * dashboard does when its API lives elsewhere: `http://localhost` (the page is `http://localhost:3000` under vitest)
 * and a wholly foreign origin. A DOM whose fetch applies CORS (happy-dom) first sends a preflight (OPTIONS) for
 * each of these requests, with the headers the client adds (Authorization, Content-Type, the tenant header); the
 * mocks must answer it as an API that allows the page's origin would, or no request gets through.
 *
 * Both DOM test files (jsdom, happy-dom) run these cases against their own `setupMockServer()`.
 */
export function crossOriginCases(environment: string, mock: MockServer): void {
  const clientOn = (baseUrl: string) =>
    createAdminClient({ baseUrl, token: DEMO_TOKENS.admin, tenant: DEMO_TENANT, retry: false });

  describe(`a client on another origin than the page, under ${environment}`, () => {
    it('runs on a page whose origin differs from the bases below', () => {
      expect(location.origin).not.toBe('http://localhost');
      expect(location.origin).not.toBe('https://api.example.test');
    });

    it('reads through the mocks', async () => {
      const stats = await clientOn('http://localhost').data.dashboardStats({ orgIds: ['org_tY2zLm'] });
      expect(stats.data).toMatchObject(SEEDED_STATS.rogalandNord);
      const platform = await clientOn('https://api.example.test').platform.stats();
      expect(platform.data.users.total).toBeGreaterThan(0);
    });

    it('writes with a JSON body and the Authorization header, and reads the write back', async () => {
      const client = clientOn('https://api.example.test');
      const created = await client.contacts.create({
        full_name: 'Lars Haugen',
        email: 'lars.haugen@org.no',
        role: 'coordinator',
        org_id: 'org_kNr8aQ',
      });
      expect(created).toMatchObject({ full_name: 'Lars Haugen', email: 'lars.haugen@org.no' });
      const updated = await client.contacts.update(created.id, { email: 'lars.h@org.no' });
      expect(updated).toMatchObject({ email: 'lars.h@org.no' });
      await expect(clientOn('http://localhost').contacts.get(created.id)).resolves.toMatchObject({
        email: 'lars.h@org.no',
      });
      await expect(client.contacts.remove(created.id)).resolves.toBeDefined();
    });

    it("gets the server's failure answers, not a refused request", async () => {
      const missing = await clientOn('https://api.example.test')
        .contacts.get('con_nobody')
        .catch((error: unknown) => error);
      expect(isAdminApiError(missing) && { code: missing.code, status: missing.status }).toEqual({
        code: 'NOT_FOUND',
        status: 404,
      });

      const signedOut = await createAdminClient({ baseUrl: 'http://localhost', token: 'revoked', retry: false })
        .data.dashboardStats({ orgIds: ['org_tY2zLm'] })
        .catch((error: unknown) => error);
      expect(isAdminApiError(signedOut) && signedOut.code).toBe('UNAUTHORIZED');

      mock.faults.set({ fail: { 'contacts.create': 503 } });
      const refused = await clientOn('http://localhost')
        .contacts.create({
          full_name: 'Kari Nordmann',
          email: 'kari@org.no',
          role: 'coordinator',
          org_id: 'org_kNr8aQ',
        })
        .catch((error: unknown) => error);
      expect(isAdminApiError(refused) && { code: refused.code, status: refused.status }).toEqual({
        code: 'INTERNAL_ERROR',
        status: 503,
      });
    });
  });
}
