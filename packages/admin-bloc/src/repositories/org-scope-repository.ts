import { BehaviorSubject, distinctUntilChanged, type Observable, type Subscription } from 'rxjs';
import * as z from 'zod/mini';
import type { OrgNode } from '../contract/data.js';
import { buildOrgTree, descendantIds } from './org-tree.js';

/**
 * The org scope every scoped bloc follows: the admin's root org, the selected node (`null`: the whole tree),
 * the org ids the scope covers (the node and all its descendants) and a `key` that changes exactly when
 * the scope does, so blocs restart their loads on a new key and never mix two scopes' data.
 *
 * @example
 * const scope: OrgScope = { rootOrgId: 'org_kNr8aQ', selectedOrgId: 'org_tY2zLm', orgIds: ['org_tY2zLm', 'org_xW7pNq'], key: 'org_kNr8aQ>org_tY2zLm' };
 */
export const OrgScope = z.object({
  rootOrgId: z.string(),
  selectedOrgId: z.nullable(z.string()),
  orgIds: z.readonly(z.array(z.string())),
  key: z.string(),
});
export type OrgScope = z.infer<typeof OrgScope>;

/**
 * What the repository needs from a session to drop the scope on sign-out (a `SessionRepository` fits).
 *
 * @example
 * const session: ScopeSession = { auth$: of({ status: 'signedOut', reason: null }) };
 */
export interface ScopeSession {
  readonly auth$: Observable<{ readonly status: 'signedIn' | 'signedOut'; readonly token?: string }>;
}

/**
 * Options of the org scope repository.
 *
 * @example
 * new OrgScopeRepository({ session });
 */
export interface OrgScopeRepositoryOptions {
  /**
   * When given, the scope is dropped (tree and selection forgotten) every time the session signs out or signs
   * in with another token (another admin may see another tree).
   */
  session?: ScopeSession;
}

/**
 * Holds the selected org scope as a stream. Two inputs make a scope: the org tree (`setTree`, from the org
 * nodes) and a settled selection (`select`, from the server's admin state or the coordinator). Until both
 * are known `scope$` holds `null`, so a scoped bloc does not load the whole tree first and the restored
 * node a moment later. A selection outside the tree falls back to the whole tree.
 *
 * `scope$` replays the current scope and emits only when the `key` changes. `null` means "no scope": not
 * loaded yet, or signed out — scoped blocs reset to their initial state then.
 *
 * @example
 * const scope = new OrgScopeRepository({ session });
 * scope.scope$.subscribe((current) => console.debug(current?.key));
 * scope.setTree(nodes);
 * scope.select('org_tY2zLm'); // scope$: { selectedOrgId: 'org_tY2zLm', orgIds: [...], key: 'org_kNr8aQ>org_tY2zLm' }
 */
export class OrgScopeRepository {
  private nodes: readonly OrgNode[] | null = null;
  private selection: { orgId: string | null } | null = null;
  private readonly subject = new BehaviorSubject<OrgScope | null>(null);
  private readonly sessionSubscription: Subscription | undefined;

  /** The current scope, then every change of scope (by key). */
  readonly scope$: Observable<OrgScope | null> = this.subject.pipe(distinctUntilChanged(sameScope));

  constructor(options: OrgScopeRepositoryOptions = {}) {
    let token: string | undefined;
    this.sessionSubscription = options.session?.auth$.subscribe((auth) => {
      const next = auth.status === 'signedIn' ? auth.token : undefined;
      if (auth.status === 'signedOut' || (token !== undefined && next !== token)) this.reset();
      token = next;
    });
  }

  /**
   * A repository already holding a tree and a settled selection: for tests and for apps without a selection
   * endpoint.
   *
   * @example
   * const scope = OrgScopeRepository.of(nodes, 'org_tY2zLm');
   */
  static of(nodes: readonly OrgNode[], selectedOrgId: string | null = null, options?: OrgScopeRepositoryOptions) {
    const repository = new OrgScopeRepository(options);
    repository.setTree(nodes);
    repository.select(selectedOrgId);
    return repository;
  }

  /**
   * The scope now, read synchronously.
   *
   * @example
   * const orgIds = scope.current?.orgIds ?? [];
   */
  get current(): OrgScope | null {
    return this.subject.value;
  }

  /**
   * The org nodes the scope is computed from (`null` before `setTree`).
   *
   * @example
   * scope.tree?.length; // 6
   */
  get tree(): readonly OrgNode[] | null {
    return this.nodes;
  }

  /**
   * Sets the org tree (the flat org-node list the admin may see).
   *
   * @example
   * scope.setTree((await client.data.orgNodes({ limit: 100 })).data);
   */
  setTree(nodes: readonly OrgNode[]): void {
    this.nodes = nodes;
    this.publish();
  }

  /**
   * Settles the selection: a node id, or `null` for the whole tree.
   *
   * @example
   * scope.select('org_xW7pNq');
   */
  select(orgId: string | null): void {
    this.selection = { orgId };
    this.publish();
  }

  /**
   * Forgets tree and selection: `scope$` becomes `null` (sign-out, or a switch of admin).
   *
   * @example
   * scope.reset();
   */
  reset(): void {
    this.nodes = null;
    this.selection = null;
    this.publish();
  }

  /**
   * Stops following the session and completes `scope$`.
   *
   * @example
   * scope.dispose();
   */
  dispose(): void {
    this.sessionSubscription?.unsubscribe();
    this.subject.complete();
  }

  private publish(): void {
    this.subject.next(this.nodes && this.selection ? computeScope(this.nodes, this.selection.orgId) : null);
  }
}

function sameScope(a: OrgScope | null, b: OrgScope | null): boolean {
  if (a === null || b === null) return a === b;
  return a.key === b.key && a.orgIds.length === b.orgIds.length && a.orgIds.every((id, i) => b.orgIds[i] === id);
}

/**
 * The scope of a selection within a flat org-node list (`null` when the list is empty).
 *
 * @example
 * computeScope(nodes, 'org_tY2zLm')?.orgIds; // the node and its descendants
 */
export function computeScope(nodes: readonly OrgNode[], selectedOrgId: string | null): OrgScope | null {
  const roots = buildOrgTree(nodes);
  const root = roots[0];
  if (!root) return null;
  const rootOrgId = root.node.org_id;
  const selected = selectedOrgId !== null && nodes.some((node) => node.org_id === selectedOrgId) ? selectedOrgId : null;
  const orgIds = selected === null ? nodes.map((node) => node.org_id) : descendantIds(nodes, selected);
  return { rootOrgId, selectedOrgId: selected, orgIds, key: `${rootOrgId}>${selected ?? '*'}` };
}
