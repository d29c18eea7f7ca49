// `admin-bloc/mocks/node` (and `admin-bloc/mocks` under the `node` export condition: Node, and TypeScript with
// `nodenext` resolution): the mocks for Node, tests under jsdom or happy-dom included. MSW's setupServer and a real
// local HTTP server serve the handlers; the browser's service worker is not here, so a Node-only project needs
// neither msw/browser nor the DOM lib. Explicit export list.

export * from './portable.js';
export type { MockHttpServer, MockHttpServerOptions } from './http-server.js';
export { startMockHttpServer } from './http-server.js';
export type { MockServer } from './server.js';
export { setupMockServer } from './server.js';
