import { describe, it } from 'vitest';
import { setupBlocBackend } from '../blocs/shared/test-support.js';
import { chaosTimeout } from './chaos-parameters.js';
import { runSessionRace, runUserListRace } from './user-list-race.js';

const backend = setupBlocBackend();

// The race properties of user-list-race.test.ts at volume (names match it, so `-t` picks the same property).
describe('user list and dashboard under random interleavings (scope switches, filters, pages, slow and failing answers)', () => {
  it(
    'never show another query’s data, keep loading flags true to the work in flight, leave no old-scope request running (300 runs)',
    async () => {
      await runUserListRace(backend, 300);
    },
    chaosTimeout(120_000, 300),
  );

  it(
    'the same holds across selections through the server admin state and sign-out / sign-in (200 runs)',
    async () => {
      await runSessionRace(backend, 200);
    },
    chaosTimeout(120_000, 200),
  );
});
