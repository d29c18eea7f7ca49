// The mocks entry of admin-bloc (`admin-bloc/mocks`): a seeded, stateful mock of the whole REST contract for
// node tests (MSW's setupServer, also under jsdom and happy-dom), the browser (MSW's service worker) and a real
// local HTTP server. Under the `node` export condition the package resolves `admin-bloc/mocks` to `node.ts`,
// the same list without the service worker (no DOM types). Explicit export list.

export * from './node.js';
export type { MockWorker, MockWorkerOptions } from './worker.js';
export { startMockWorker } from './worker.js';
