// What both mocks entries share, `admin-bloc/mocks/node` and `admin-bloc/mocks/browser`: the seeded db, the
// handlers over it, the fault switches, the server profiles and the demo tokens. Nothing here needs Node's modules,
// msw/node, msw/browser or the DOM: each entry adds the way it serves the handlers. Explicit export list.

export type { MockBackend, MockBackendOptions } from './backend.js';
export { createMockBackend } from './backend.js';
export type { MockClock } from './clock.js';
export { createClock, DEFAULT_NOW } from './clock.js';
export type { MockCorsOrigins } from './cors.js';
export type { MockDb, MockDbOptions, NewPerson, PersonPatch } from './db.js';
export { createMockDb } from './db.js';
export { DEMO_PEOPLE, DEMO_TOKENS } from './demo-tokens.js';
export type { FaultConfig, FaultPlan, FaultsController } from './faults.js';
export { breakContract, createFaults, faultsToParams, matchesPattern, parseFaultParams } from './faults.js';
export type { MockHandlerOptions } from './handlers/index.js';
export { createHandlers } from './handlers/index.js';
export { DEMO_TENANT } from './handlers/platform.js';
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
export { foldText } from './text.js';
