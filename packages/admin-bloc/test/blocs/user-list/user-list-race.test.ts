import { describe, it } from 'vitest';
import { chaosTimeout } from '../../reliability/chaos-parameters.js';
import { runSessionRace, runUserListRace } from '../../reliability/user-list-race.js';
import { setupBlocBackend } from '../shared/test-support.js';

const backend = setupBlocBackend();

// The properties live in test/reliability/user-list-race.ts; user-list-race.chaos.test.ts runs them at volume.
describe('user list and dashboard under random interleavings (scope switches, filters, pages, slow and failing answers)', () => {
  it(
    'never show another query’s data, keep loading flags true to the work in flight, leave no old-scope request running',
    async () => {
      await runUserListRace(backend, 40);
    },
    chaosTimeout(60_000, 40),
  );

  it(
    'the same holds across selections through the server admin state and sign-out / sign-in',
    async () => {
      await runSessionRace(backend, 30);
    },
    chaosTimeout(60_000, 30),
  );
});
