/**
 * The `admin-bloc` entry of the package.
 *
 * @module admin-bloc
 */
export * from '../../../packages/admin-bloc/src/index.js';
