import type { MockDb } from '../db.js';
import { DEMO_PEOPLE } from '../demo-tokens.js';
import { ORG_SEEDS, ROOT } from './orgs.js';
import { DAY, type SeedTime } from './seed-time.js';

// What the mentors did and claimed: the activity log (document 000's "activities this month") and the reimbursement
// claims (its "pending reimbursements").

const TOPICS = [
  'Budgeting',
  'Job applications',
  'Norwegian practice',
  'Housing rights',
  'Health services',
  'Study plans',
];
const TRAININGS = ['Mentor onboarding', 'Conversation techniques', 'First aid', 'Safeguarding', 'Digital tools'];
const EVENTS = ['Summer gathering', 'Walk along Sola beach', 'Community dinner', 'Football afternoon', 'Culture night'];

/**
 * Document 000's example activity, then each org's activities this month (its head count in the tree's table) and
 * about as many again over the two months before, newest first.
 */
export function seedActivities(db: MockDb, time: SeedTime): void {
  const { nowMs, monthStart, between } = time;
  const random = db.random;
  const example = {
    id: 'act_rN5qYm',
    orgId: ROOT,
    userId: DEMO_PEOPLE.admin,
    type: 'mentoring_session',
    description: 'One-on-one session with mentee Lars Eriksen',
    occurredAt: '2026-03-18T14:00:00Z',
  };
  db.activities.push(example);
  const exampleThisMonth = Date.parse(example.occurredAt) >= monthStart && Date.parse(example.occurredAt) <= nowMs;

  for (const seed of ORG_SEEDS) {
    const members = [...db.people.values()].filter((person) => person.orgId === seed.org.id);
    const mentors = members.filter((person) => person.role === 'mentor');
    const mentees = [...db.people.values()].filter((person) => person.role === 'mentee');
    const make = (occurredAt: string) => {
      const type = random.pick([
        'mentoring_session',
        'mentoring_session',
        'mentoring_session',
        'group_meeting',
        'phone_call',
        'training',
        'event',
      ]);
      const actor = type === 'mentoring_session' || type === 'phone_call' ? random.pick(mentors) : random.pick(members);
      const description =
        type === 'mentoring_session'
          ? `One-on-one session with mentee ${random.pick(mentees).fullName}`
          : type === 'phone_call'
            ? `Follow-up call with ${random.pick(mentees).fullName}`
            : type === 'group_meeting'
              ? `Group meeting: ${random.pick(TOPICS)}`
              : type === 'training'
                ? `Training: ${random.pick(TRAININGS)}`
                : random.pick(EVENTS);
      db.activities.push({ id: db.newId('act_'), orgId: seed.org.id, userId: actor.id, type, description, occurredAt });
    };
    const thisMonth = seed.activitiesThisMonth - (seed.org.id === ROOT && exampleThisMonth ? 1 : 0);
    for (let i = 0; i < thisMonth; i++) make(between(monthStart, nowMs));
    const earlier = Math.round(seed.activitiesThisMonth * 1.1);
    for (let i = 0; i < earlier; i++) make(between(monthStart - 59 * DAY, monthStart - 1000));
  }
  db.activities.sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || (a.id < b.id ? -1 : 1));
}

/** Each org's pending claims (its head count in the tree's table), and three times as many settled ones. */
export function seedReimbursements(db: MockDb, time: SeedTime): void {
  const { nowMs, between } = time;
  const random = db.random;
  for (const seed of ORG_SEEDS) {
    const members = [...db.people.values()].filter(
      (person) => person.orgId === seed.org.id && person.role === 'mentor',
    );
    const add = (status: 'pending' | 'approved' | 'paid' | 'rejected', from: number) =>
      db.reimbursements.push({
        id: db.newId('rmb_'),
        orgId: seed.org.id,
        userId: random.pick(members).id,
        amountNok: random.int(15, 250) * 10,
        status,
        submittedAt: between(from, nowMs),
      });
    for (let i = 0; i < seed.pendingReimbursements; i++) add('pending', nowMs - 20 * DAY);
    for (let i = 0; i < seed.pendingReimbursements * 3; i++)
      add(random.pick(['approved', 'paid', 'paid', 'rejected'] as const), nowMs - 90 * DAY);
  }
}
