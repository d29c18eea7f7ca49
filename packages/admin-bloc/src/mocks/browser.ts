// `admin-bloc/mocks/browser`: the mocks for a page, served by MSW's service worker (copy it once:
// `npx msw init public --save`). Neither setupServer (msw/node) nor the HTTP server (node:http) is here, so a
// bundler that does not shake them off has nothing of Node to resolve. Explicit export list.

export * from './portable.js';
export type { MockWorker, MockWorkerOptions } from './worker.js';
export { startMockWorker } from './worker.js';
