import { BehaviorSubject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { OrgNode } from '../../src/contract/data.js';
import { type OrgScope, OrgScopeRepository } from '../../src/repositories/org-scope-repository.js';
import { buildOrgTree, descendantIds } from '../../src/repositories/org-tree.js';

const nodes: OrgNode[] = [
  { org_id: 'root', name: 'Stavanger Region', parent_org_id: null, level: 0 },
  { org_id: 'nord', name: 'Rogaland Nord', parent_org_id: 'root', level: 1 },
  { org_id: 'hsv', name: 'Haugaland Sør og Vest', parent_org_id: 'nord', level: 2 },
  { org_id: 'sor', name: 'Rogaland Sør', parent_org_id: 'root', level: 1 },
];

describe('org tree helpers', () => {
  it('builds the tree from the flat list', () => {
    const [root] = buildOrgTree(nodes);
    expect(root?.node.org_id).toBe('root');
    expect(root?.children.map((child) => child.node.org_id)).toEqual(['nord', 'sor']);
    expect(root?.children[0]?.children.map((child) => child.node.org_id)).toEqual(['hsv']);
  });

  it('treats a node whose parent is missing as a root (a scoped admin sees a subtree)', () => {
    expect(buildOrgTree(nodes.slice(1, 3)).map((tree) => tree.node.org_id)).toEqual(['nord']);
  });

  it('lists a node and its descendants', () => {
    expect(descendantIds(nodes, 'nord')).toEqual(['nord', 'hsv']);
    expect(descendantIds(nodes, 'missing')).toEqual([]);
  });
});

describe('OrgScopeRepository', () => {
  it('holds null until both the tree and the selection are known', () => {
    const repository = new OrgScopeRepository();
    const seen: (OrgScope | null)[] = [];
    repository.scope$.subscribe((scope) => seen.push(scope));
    repository.setTree(nodes);
    expect(repository.current).toBeNull();
    repository.select('nord');
    expect(seen).toEqual([
      null,
      { rootOrgId: 'root', selectedOrgId: 'nord', orgIds: ['nord', 'hsv'], key: 'root>nord' },
    ]);
  });

  it('replays the current scope and emits only on a change of scope', () => {
    const repository = OrgScopeRepository.of(nodes);
    const keys: (string | undefined)[] = [];
    repository.scope$.subscribe((scope) => keys.push(scope?.key));
    repository.select(null);
    repository.setTree([...nodes]);
    repository.select('sor');
    expect(keys).toEqual(['root>*', 'root>sor']);
    expect(repository.current?.orgIds).toEqual(['sor']);
  });

  it('falls back to the whole tree for a selection outside it', () => {
    const repository = OrgScopeRepository.of(nodes, 'elsewhere');
    expect(repository.current).toEqual({
      rootOrgId: 'root',
      selectedOrgId: null,
      orgIds: ['root', 'nord', 'hsv', 'sor'],
      key: 'root>*',
    });
  });

  it('drops the scope when the session signs out', () => {
    const auth$ = new BehaviorSubject<{ status: 'signedIn' | 'signedOut' }>({ status: 'signedIn' });
    const repository = OrgScopeRepository.of(nodes, 'nord', { session: { auth$ } });
    expect(repository.current?.key).toBe('root>nord');
    auth$.next({ status: 'signedOut' });
    expect(repository.current).toBeNull();
    expect(repository.tree).toBeNull();
    repository.dispose();
  });

  it('drops the scope when another token signs in, keeps it when the same one is seen again', () => {
    const auth$ = new BehaviorSubject<{ status: 'signedIn' | 'signedOut'; token?: string }>({
      status: 'signedIn',
      token: 'a',
    });
    const repository = OrgScopeRepository.of(nodes, 'nord', { session: { auth$ } });
    auth$.next({ status: 'signedIn', token: 'a' });
    expect(repository.current?.key).toBe('root>nord');
    auth$.next({ status: 'signedIn', token: 'b' });
    expect(repository.current).toBeNull();
    repository.dispose();
  });
});
