import type { OrgScope } from '../../repositories/org-scope-repository.js';

/**
 * What happens to a bulk insert of users: the coordinator started one with the rows of a file (into `orgId`,
 * default the scope's selected node, else its root), cancelled it, or retried the rows that did not go in; or
 * the org scope changed (from the `OrgScopeRepository`; `null` on sign-out, which forgets the job).
 *
 * @example
 * new UserImportBloc({ client, scope }).add({ type: 'userImport/started', rows: [{ full_name: 'Kari Olsen', email: 'kari@org.no', role: 'mentee' }] });
 */
export type UserImportEvent =
  | { readonly type: 'userImport/scopeChanged'; readonly scope: OrgScope | null }
  | { readonly type: 'userImport/started'; readonly rows: readonly unknown[]; readonly orgId?: string }
  | { readonly type: 'userImport/cancelled' }
  | { readonly type: 'userImport/retried' };
