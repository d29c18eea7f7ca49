// The mocks entry of admin-bloc (`admin-bloc/mocks`): a seeded, stateful mock of the whole REST contract
// for node tests (MSW), the browser (MSW service worker) and a real local HTTP server. Explicit export list.

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
export type {
  AccessRole,
  ActivityRecord,
  AdminStateRecord,
  AgentRecord,
  AuditRecord,
  OrgRecord,
  PeerMentorRecord,
  PersonRecord,
  PersonRole,
  PersonStatus,
  ReimbursementRecord,
  ScopeStats,
  SessionRecord,
} from './records.js';
export { DOCUMENT_003_ORG_ALIAS } from './seed.js';
export type { MockServer } from './server.js';
export { setupMockServer } from './server.js';
export { foldText } from './text.js';
export type { MockWorker, MockWorkerOptions } from './worker.js';
export { startMockWorker } from './worker.js';
