import type { MockDb } from '../db.js';
import type { OrgRecord } from '../records.js';

// The Stavanger Region tree and each org's head counts (the table in ../seed.ts).

/** One org of the tree and the head counts the seed fills it to. */
export interface OrgSeed {
  org: Pick<OrgRecord, 'id' | 'name' | 'parentId' | 'level' | 'slug' | 'plan'>;
  users: number;
  activeMentors: number;
  inactiveMentors: number;
  coordinators: number;
  activitiesThisMonth: number;
  pendingReimbursements: number;
}

/** The orgs the documents' examples name: the root and Rogaland Nord. */
export const ROOT = 'org_kNr8aQ';
export const NORD = 'org_tY2zLm';
const HAUGALAND = 'org_xW7pNq';

export const ORG_SEEDS: readonly OrgSeed[] = [
  {
    org: { id: ROOT, name: 'Stavanger Region', parentId: null, level: 0, slug: 'stavanger-region', plan: 'enterprise' },
    users: 45,
    activeMentors: 10,
    inactiveMentors: 2,
    coordinators: 2,
    activitiesThisMonth: 80,
    pendingReimbursements: 2,
  },
  {
    org: { id: NORD, name: 'Rogaland Nord', parentId: ROOT, level: 1, slug: 'rogaland-nord', plan: 'pro' },
    users: 52,
    activeMentors: 14,
    inactiveMentors: 2,
    coordinators: 1,
    activitiesThisMonth: 110,
    pendingReimbursements: 3,
  },
  {
    org: {
      id: HAUGALAND,
      name: 'Haugaland Sør og Vest',
      parentId: NORD,
      level: 2,
      slug: 'haugaland-sor-og-vest',
      plan: 'pro',
    },
    users: 84,
    activeMentors: 11,
    inactiveMentors: 2,
    coordinators: 1,
    activitiesThisMonth: 120,
    pendingReimbursements: 4,
  },
  {
    org: { id: 'org_mJ4vRc', name: 'Karmøy og Bokn', parentId: NORD, level: 2, slug: 'karmoy-og-bokn', plan: 'free' },
    users: 48,
    activeMentors: 17,
    inactiveMentors: 2,
    coordinators: 1,
    activitiesThisMonth: 87,
    pendingReimbursements: 2,
  },
  {
    org: { id: 'org_pL6sDe', name: 'Jæren', parentId: ROOT, level: 1, slug: 'jaeren', plan: 'pro' },
    users: 38,
    activeMentors: 9,
    inactiveMentors: 1,
    coordinators: 1,
    activitiesThisMonth: 65,
    pendingReimbursements: 2,
  },
  {
    org: {
      id: 'org_gH3wBn',
      name: 'Ålgård og Gjesdal',
      parentId: 'org_pL6sDe',
      level: 2,
      slug: 'algard-og-gjesdal',
      plan: 'free',
    },
    users: 24,
    activeMentors: 6,
    inactiveMentors: 1,
    coordinators: 1,
    activitiesThisMonth: 40,
    pendingReimbursements: 1,
  },
];

/**
 * Document 003's placeholder org id, mapped onto the root org (see the table above).
 *
 * @example
 * db.resolveOrgId(DOCUMENT_003_ORG_ALIAS.alias); // 'org_kNr8aQ'
 */
export const DOCUMENT_003_ORG_ALIAS = { alias: 'org_abc123', orgId: ROOT } as const;

/** The tree's orgs, and document 003's alias of the root. */
export function seedOrgs(db: MockDb): void {
  for (const { org } of ORG_SEEDS) {
    db.orgs.set(org.id, { ...org, createdAt: '2023-01-15T09:00:00Z', updatedAt: '2025-06-01T09:00:00Z' });
  }
  db.orgAliases.set(DOCUMENT_003_ORG_ALIAS.alias, DOCUMENT_003_ORG_ALIAS.orgId);
}
