import { it } from 'vitest';
import { setupBlocBackend } from '../blocs/shared/test-support.js';
import { chaosTimeout } from './chaos-parameters.js';
import { runScopeModel } from './scope-model.js';

const backend = setupBlocBackend();

it(
  'org scope, user list and dashboard under random scope switches, filters, pages and faults (20 runs)',
  async () => {
    await runScopeModel(backend, 20);
  },
  chaosTimeout(60_000, 20),
);
