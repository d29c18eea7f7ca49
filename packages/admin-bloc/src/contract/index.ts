// Explicit export list of the contract layer, re-exported by the package's headless entry.
export type { Endpoint, HttpMethod } from './endpoint.js';
export { defineEndpoint } from './endpoint.js';
