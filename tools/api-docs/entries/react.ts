/**
 * The `admin-bloc/react` entry of the package.
 *
 * @module admin-bloc/react
 */
export * from '../../../packages/admin-bloc/src/react/index.js';
