/**
 * admin-bloc — the headless entry: BLoC core, REST contract, typed client, repositories and blocs.
 * It never imports React, `window` or `document`. Each layer keeps its own explicit export list.
 */
export * from './api/index.js';
export * from './blocs/index.js';
export * from './contract/index.js';
export * from './core/index.js';
export * from './repositories/index.js';
