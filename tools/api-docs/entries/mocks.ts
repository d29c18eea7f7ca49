/**
 * The `admin-bloc/mocks` entry of the package.
 *
 * @module admin-bloc/mocks
 */
export * from '../../../packages/admin-bloc/src/mocks/index.js';
