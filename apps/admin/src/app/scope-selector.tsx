import { type OrgTreeNode, selectOrgSearchHits, selectOrgTree, selectVisibleOrgTree } from 'admin-bloc';
import { useBlocState } from 'admin-bloc/react';
import { ChevronDown, ChevronRight, Dot } from 'lucide-react';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { clampSearch, SEARCH_MAX_LENGTH } from '../components/ui/search-limit.js';
import { useFailureMessage } from '../components/ui/states.js';
import { useI18n } from '../i18n/i18n.js';
import { useServices } from './services-context.js';

interface Row {
  readonly id: string;
  readonly name: string;
  readonly level: number;
  readonly parentId: string | null;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
}

function flatten(tree: readonly OrgTreeNode[], collapsed: ReadonlySet<string>, searching: boolean): Row[] {
  const rows: Row[] = [];
  const walk = (branch: OrgTreeNode, level: number, parentId: string | null) => {
    const id = branch.node.org_id;
    const expanded = searching || !collapsed.has(id);
    rows.push({ id, name: branch.node.name, level, parentId, hasChildren: branch.children.length > 0, expanded });
    if (expanded) for (const child of branch.children) walk(child, level + 1, id);
  };
  for (const root of tree) walk(root, 1, null);
  return rows;
}

/**
 * The org scope selector: a button showing the current scope that opens a searchable tree (WAI-ARIA tree pattern:
 * arrows move, Right/Left open and close branches, Home/End jump, Enter or Space chooses, Escape closes and gives
 * focus back to the button). Choosing the tree's root means the whole tree. The choice goes through the
 * SelectedOrgBloc, which switches every screen's scope at once and saves it in the server's admin state.
 */
export function ScopeSelector() {
  const { orgTree, selectedOrg } = useServices();
  const { t } = useI18n();
  const failureMessage = useFailureMessage();
  const treeState = useBlocState(orgTree);
  const selected = useBlocState(selectedOrg);
  const [open, setOpen] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const itemRefs = useRef(new Map<string, HTMLDivElement>());
  const popupId = useId();
  const searchId = useId();

  const fullTree = selectOrgTree(treeState);
  const rootId = fullTree[0]?.node.org_id ?? null;
  const searching = treeState.query.trim() !== '';
  const rows = useMemo(
    () => flatten(selectVisibleOrgTree(treeState), collapsed, searching),
    [treeState, collapsed, searching],
  );
  // A search shows the hits with their ancestors; ↓ and Enter from the search field go to the first hit (typing
  // "jær" then ↓ Enter chooses Jæren), not to the root that merely leads to it.
  const firstHit = useMemo(() => {
    const hits = new Set(selectOrgSearchHits(treeState));
    return rows.find((row) => hits.has(row.id))?.id;
  }, [treeState, rows]);
  const currentId = selected.selectedOrgId ?? rootId;
  const currentName =
    selected.selectedOrgId === null ? t('scope.whole') : (selected.selectedOrgName ?? selected.selectedOrgId);
  const focusId = rows.some((row) => row.id === activeId)
    ? activeId
    : (rows.find((row) => row.id === currentId)?.id ?? rows[0]?.id ?? null);

  useEffect(() => {
    if (open) searchRef.current?.focus();
  }, [open]);

  const close = (giveFocusBack: boolean) => {
    setOpen(false);
    orgTree.add({ type: 'orgTree/searchChanged', query: '' });
    if (giveFocusBack) buttonRef.current?.focus();
  };
  const choose = (id: string) => {
    if (id === rootId) selectedOrg.add({ type: 'selectedOrg/selectionCleared' });
    else selectedOrg.add({ type: 'selectedOrg/nodeSelected', orgId: id });
    close(true);
  };
  const focusRow = (id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    itemRefs.current.get(id)?.focus();
  };
  const toggle = (id: string, expand: boolean) =>
    setCollapsed((before) => {
      const next = new Set(before);
      if (expand) next.delete(id);
      else next.add(id);
      return next;
    });

  const onTreeKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = rows.findIndex((row) => row.id === focusId);
    const row = rows[index];
    if (!row) return;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        focusRow(rows[Math.min(rows.length - 1, index + 1)]?.id);
        break;
      case 'ArrowUp':
        handled();
        if (index === 0) searchRef.current?.focus();
        else focusRow(rows[index - 1]?.id);
        break;
      case 'Home':
        handled();
        focusRow(rows[0]?.id);
        break;
      case 'End':
        handled();
        focusRow(rows[rows.length - 1]?.id);
        break;
      case 'ArrowRight':
        handled();
        if (row.hasChildren && !row.expanded) toggle(row.id, true);
        else if (row.hasChildren) focusRow(rows[index + 1]?.id);
        break;
      case 'ArrowLeft':
        handled();
        if (row.hasChildren && row.expanded && !searching) toggle(row.id, false);
        else if (row.parentId) focusRow(row.parentId);
        break;
      case 'Enter':
      case ' ':
        handled();
        choose(row.id);
        break;
      case 'Escape':
        handled();
        close(true);
        break;
    }
  };

  return (
    <div className="scope-selector">
      <span className="scope-label" id={`${popupId}-label`}>
        {t('scope.label')}
      </span>
      <button
        ref={buttonRef}
        type="button"
        className="scope-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        aria-labelledby={`${popupId}-label ${popupId}-value`}
        onClick={() => (open ? close(false) : setOpen(true))}
        disabled={treeState.status !== 'success'}
      >
        <span id={`${popupId}-value`}>{currentName}</span>
        {selected.saving ? <span className="muted"> …</span> : null}
        <ChevronDown className="icon" aria-hidden="true" />
      </button>
      {selected.failure && !selected.saving && selected.status === 'success' ? (
        <p className="scope-error" role="alert">
          {t('scope.saveFailed', { message: failureMessage(selected.failure) })}
        </p>
      ) : null}
      {open ? (
        <div
          id={popupId}
          className="scope-popup"
          role="dialog"
          aria-label={t('scope.tree')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close(true);
            }
          }}
          onBlur={(event) => {
            // Leaving the popup with Tab or a click elsewhere closes it.
            if (
              !event.currentTarget.contains(event.relatedTarget as Node | null) &&
              event.relatedTarget !== buttonRef.current
            )
              close(false);
          }}
        >
          <label htmlFor={searchId} className="visually-hidden">
            {t('scope.search')}
          </label>
          <input
            id={searchId}
            ref={searchRef}
            type="search"
            placeholder={t('scope.search')}
            value={treeState.query}
            maxLength={SEARCH_MAX_LENGTH}
            onChange={(event) => orgTree.add({ type: 'orgTree/searchChanged', query: clampSearch(event.target.value) })}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                focusRow(firstHit ?? rows[0]?.id);
              } else if (event.key === 'Enter' && rows[0]) {
                event.preventDefault();
                choose(firstHit ?? rows.find((row) => !row.hasChildren)?.id ?? rows[0].id);
              }
            }}
          />
          {rows.length === 0 ? (
            <p className="muted" role="status">
              {t('scope.noHits')}
            </p>
          ) : (
            <div role="tree" aria-label={t('scope.tree')} className="tree" onKeyDown={onTreeKey}>
              {rows.map((row) => (
                <div
                  key={row.id}
                  ref={(element) => {
                    if (element) itemRefs.current.set(row.id, element);
                    else itemRefs.current.delete(row.id);
                  }}
                  role="treeitem"
                  aria-level={row.level}
                  aria-selected={row.id === currentId}
                  aria-expanded={row.hasChildren ? row.expanded : undefined}
                  tabIndex={row.id === focusId ? 0 : -1}
                  className="tree-item"
                  style={{ paddingInlineStart: `${(row.level - 1) * 1.1 + 0.5}rem` }}
                  onClick={() => choose(row.id)}
                  onKeyDown={() => undefined}
                  onFocus={() => setActiveId(row.id)}
                >
                  <span aria-hidden="true" className="tree-twisty">
                    {row.hasChildren ? (
                      row.expanded ? (
                        <ChevronDown className="icon" />
                      ) : (
                        <ChevronRight className="icon" />
                      )
                    ) : (
                      <Dot className="icon" />
                    )}
                  </span>
                  {row.name}
                  {row.id === rootId ? <span className="muted"> ({t('scope.whole')})</span> : null}
                </div>
              ))}
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
