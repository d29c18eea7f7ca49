import { it } from 'vitest';
import { setupBlocBackend } from '../blocs/shared/test-support.js';
import { chaosTimeout } from './chaos-parameters.js';
import { runScopeModel } from './scope-model.js';

const backend = setupBlocBackend();

it(
  'org scope, user list and dashboard under random scope switches, filters, pages and faults (500 runs)',
  async () => {
    await runScopeModel(backend, 500);
  },
  chaosTimeout(300_000, 500),
);
