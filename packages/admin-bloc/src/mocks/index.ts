// `admin-bloc/mocks`: every mock at once, a seeded, stateful mock of the whole REST contract for node tests (MSW's
// setupServer, also under jsdom and happy-dom), the browser (MSW's service worker) and a real local HTTP server.
// Under the `node` export condition the package resolves it to `node.ts`, the same list without the service worker
// (no DOM types). `admin-bloc/mocks/node` and `admin-bloc/mocks/browser` name one environment explicitly.

export * from './node.js';
export type { MockWorker, MockWorkerOptions } from './worker.js';
export { startMockWorker } from './worker.js';
