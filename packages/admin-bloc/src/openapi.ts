/**
 * admin-bloc/openapi — the contract as an OpenAPI 3.1 document, built from the same zod definitions the client and
 * the mocks use. An entry of its own because it brings zod's JSON Schema conversion, which no app needs at run
 * time: importing the headless entry never pulls it in. The built document ships as `admin-bloc/openapi.json`.
 *
 * Why (every export): a backend or a tool that wants the contract as OpenAPI builds or renders it from here.
 */
export type { OpenApiOptions } from './contract/openapi.js';
export { buildOpenApiDocument, renderOpenApiDocument } from './contract/openapi.js';
