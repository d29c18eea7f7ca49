/**
 * The `admin-bloc/testing` entry of the package.
 *
 * @module admin-bloc/testing
 */
export * from '../../../packages/admin-bloc/src/testing/index.js';
