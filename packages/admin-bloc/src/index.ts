/**
 * admin-bloc — the headless entry: BLoC core, REST contract, typed client, repositories and blocs.
 * It never imports React, `window` or `document`.
 */
export type { Endpoint, HttpMethod } from './contract/endpoint.js';
export { defineEndpoint } from './contract/endpoint.js';
