import { testUserListRaces } from './user-list-race.js';

// The race properties at volume (npm run test:chaos); blocs/user-list/user-list-race.test.ts is their quick run.
testUserListRaces({ userList: 300, session: 200, timeoutMs: 120_000, countInName: true });
