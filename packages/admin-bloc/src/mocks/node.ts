// The mocks entry of admin-bloc under the `node` export condition (Node, and TypeScript with `nodenext`
// resolution): everything in `admin-bloc/mocks` but the browser's service worker, so a Node-only project needs
// neither msw/browser nor the DOM lib. `index.ts` adds the worker for browsers and bundlers. Explicit export list.

export type { MockBackend, MockBackendOptions } from './backend.js';
export { createMockBackend } from './backend.js';
export type { MockClock } from './clock.js';
export { createClock, DEFAULT_NOW } from './clock.js';
export type { MockDb, MockDbOptions, NewPerson, PersonPatch } from './db.js';
export { createMockDb } from './db.js';
export { DEMO_PEOPLE, DEMO_TOKENS } from './demo-tokens.js';
export type { FaultConfig, FaultPlan, FaultsController } from './faults.js';
export { breakContract, createFaults, faultsToParams, matchesPattern, parseFaultParams } from './faults.js';
export type { MockHandlerOptions } from './handlers/index.js';
export { createHandlers } from './handlers/index.js';
export { DEMO_TENANT } from './handlers/platform.js';
export type { MockHttpServer, MockHttpServerOptions } from './http-server.js';
export { startMockHttpServer } from './http-server.js';
export type { MockRateLimiter, MockRateLimitOptions } from './rate-limit.js';
export type { MockProfile, MockProfileName } from './profiles.js';
export {
  LIBERAL_PEOPLE,
  LIBERAL_PLAN_ORG,
  LIBERAL_VALUES,
  liberalPeopleOf,
  MOCK_PROFILES,
  mockProfile,
} from './profiles.js';
export { createMockRateLimiter } from './rate-limit.js';
// Every record type of the in-memory db (a person, an org, an activity, …), for code that reads `db` directly.
export type * from './records.js';
export { DOCUMENT_003_ORG_ALIAS } from './seed/orgs.js';
export { OTHER_TENANT_ORGS, PLATFORM_TENANT } from './seed/platform.js';
export type { MockServer } from './server.js';
export { setupMockServer } from './server.js';
export { foldText } from './text.js';
