/**
 * Bearer tokens every seeded mock db accepts, one per kind of caller the auth rules distinguish:
 *
 * - `admin` — Astrid Haugen (`usr_hA3mXp`), admin of the root org `org_kNr8aQ` "Stavanger Region": sees the
 *   whole tree; the admin of document 001's examples. May not hard-delete users.
 * - `superAdmin` — Ingrid Sæther (`usr_iS7tRk`), super-admin: every org, and the only caller allowed to
 *   delete users.
 * - `nonAdmin` — Lars Eriksen (`usr_bQ9vTk`), a mentee with a plain user account: authenticated, but every
 *   admin endpoint answers 403.
 * - `scopedAdmin` — Bjørn Åsland (`usr_bA2lNd`), coordinator and admin of `org_tY2zLm` "Rogaland Nord" only:
 *   sees and changes that subtree (Rogaland Nord, Haugaland Sør og Vest, Karmøy og Bokn); 403 outside it.
 *
 * Any other token, or none, answers 401. Suspending or deleting the owner revokes the token in that db.
 *
 * @example
 * fetch('/api/v1/admin/data/dashboard-stats', { headers: { Authorization: `Bearer ${DEMO_TOKENS.admin}` } });
 */
export const DEMO_TOKENS = {
  admin: 'demo-admin-token',
  superAdmin: 'demo-super-admin-token',
  nonAdmin: 'demo-non-admin-token',
  scopedAdmin: 'demo-scoped-admin-token',
} as const;

/**
 * The person ids behind {@link DEMO_TOKENS}.
 *
 * @example
 * db.people.get(DEMO_PEOPLE.admin)?.fullName; // 'Astrid Haugen'
 */
export const DEMO_PEOPLE = {
  admin: 'usr_hA3mXp',
  superAdmin: 'usr_iS7tRk',
  nonAdmin: 'usr_bQ9vTk',
  scopedAdmin: 'usr_bA2lNd',
} as const;
