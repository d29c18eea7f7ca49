import type { MockDb } from './db.js';
import { DEMO_PEOPLE, DEMO_TOKENS } from './demo-tokens.js';
import { seedActivities, seedReimbursements } from './seed/activities.js';
import { seedAdminState, seedAuditHistory } from './seed/history.js';
import { seedOrgs } from './seed/orgs.js';
import { seedPeerMentors } from './seed/peer-mentors.js';
import { seedPeople } from './seed/people.js';
import { seedAgentsAndSessions, seedOtherTenants } from './seed/platform.js';
import { seedTime } from './seed/seed-time.js';

/**
 * The seed: the Stavanger Region tree with exact per-org head counts, so the contract documents' figures
 * come out of real counting rather than canned answers. Names, ids and dates vary with the PRNG seed;
 * the figures and the documents' example records do not.
 *
 * | org | users | active mentors (+inactive) | coordinators | activities this month | pending claims |
 * |---|---|---|---|---|---|
 * | org_kNr8aQ Stavanger Region (0) | 45 | 10 (+2) | 2 | 80 | 2 |
 * | org_tY2zLm Rogaland Nord (1) | 52 | 14 (+2) | 1 | 110 | 3 |
 * | org_xW7pNq Haugaland Sør og Vest (2, under Rogaland Nord) | 84 | 11 (+2) | 1 | 120 | 4 |
 * | org_mJ4vRc Karmøy og Bokn (2, under Rogaland Nord) | 48 | 17 (+2) | 1 | 87 | 2 |
 * | org_pL6sDe Jæren (1) | 38 | 9 (+1) | 1 | 65 | 2 |
 * | org_gH3wBn Ålgård og Gjesdal (2, under Jæren) | 24 | 6 (+1) | 1 | 40 | 1 |
 *
 * Whole tree: 291 users, 67 active mentors, 502 activities this month, 14 pending reimbursements.
 * Rogaland Nord subtree: 184 / 42 / 317 / 9. Contacts of document 003 (mentors and coordinators, mentees are
 * not contacts) number 84 in the whole tree, and 12 mentors are in the peer-mentor directory: the totals
 * document 003 prints for its org `org_abc123`. That id is therefore an alias of the root org `org_kNr8aQ`:
 * requests may name either, answers always carry `org_kNr8aQ`.
 */

/**
 * Fills an empty db with the seed data. Called by `createMockDb`; exported for tests of the seed itself.
 * Each domain's data has its own module under seed/; their order here is the order of the PRNG's draws, so a
 * change of order moves every name, id and date after it (the figures stay).
 *
 * @example
 * const db = createMockDb(); // already seeded
 */
export function seedDatabase(db: MockDb): void {
  const time = seedTime(db);
  seedOrgs(db);
  seedPeople(db, time);
  seedPeerMentors(db);
  seedActivities(db, time);
  seedReimbursements(db, time);
  seedAgentsAndSessions(db, time);
  seedAdminState(db);
  seedAuditHistory(db, time);

  db.tokens.set(DEMO_TOKENS.admin, DEMO_PEOPLE.admin);
  db.tokens.set(DEMO_TOKENS.superAdmin, DEMO_PEOPLE.superAdmin);
  db.tokens.set(DEMO_TOKENS.nonAdmin, DEMO_PEOPLE.nonAdmin);
  db.tokens.set(DEMO_TOKENS.scopedAdmin, DEMO_PEOPLE.scopedAdmin);
  db.apiCalls.today = 48_920;
  db.apiCalls.thisMonth = 1_203_840;
  // Last, so every draw above stays as it was: the figures of the Stavanger tree do not move.
  seedOtherTenants(db, time);
}
