import { testUserListRaces } from '../../reliability/user-list-race.js';

// The properties live in test/reliability/user-list-race.ts; user-list-race.chaos.test.ts runs them at volume.
testUserListRaces({ userList: 40, session: 30, timeoutMs: 60_000, countInName: false });
