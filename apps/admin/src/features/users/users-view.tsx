import type {
  DataUser,
  DataUserRole,
  DataUserStatus,
  selectUndoableDeletes,
  UserListState,
  UserSort,
} from 'admin-bloc';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { memo, type ReactNode } from 'react';
import { followInApp } from '../../app/router.js';
import { ConfirmDialog } from '../../components/ui/dialog.js';
import { Pagination } from '../../components/ui/pagination.js';
import { RenderProbe } from '../../components/ui/render-probe.js';
import { clampSearch, SEARCH_MAX_LENGTH } from '../../components/ui/search-limit.js';
import { EmptyState, ErrorState, LoadState, useFailureMessage } from '../../components/ui/states.js';
import { TableScroll } from '../../components/ui/table-scroll.js';
import { type MessageKey, useI18n } from '../../i18n/i18n.js';
import { PAGE_SIZES, type UsersUrlState } from './users-url.js';

const ROLES: readonly DataUserRole[] = ['mentor', 'mentee', 'coordinator'];
const STATUSES: readonly DataUserStatus[] = ['active', 'inactive'];
const COLUMNS: readonly (readonly [UserSort['field'], MessageKey])[] = [
  ['full_name', 'users.col.name'],
  ['role', 'users.col.role'],
  ['status', 'users.col.status'],
];

export interface UsersViewProps {
  state: UserListState;
  users: readonly DataUser[];
  url: UsersUrlState;
  pageCount: number;
  canDelete: boolean;
  selectedCount: number;
  undoable: ReturnType<typeof selectUndoableDeletes>;
  confirmDelete: DataUser | null;
  exporting: boolean;
  importDialog: ReactNode;
  isSelected: (userId: string) => boolean;
  onRole: (role: DataUserRole | null) => void;
  onStatus: (status: DataUserStatus | null) => void;
  onSearch: (text: string) => void;
  onPage: (page: number) => void;
  onSort: (field: UserSort['field']) => void;
  onClearFilters: () => void;
  onRetry: () => void;
  onToggleStatus: (user: DataUser) => void;
  onAskDelete: (user: DataUser) => void;
  onConfirmDelete: () => void;
  onCancelDelete: () => void;
  onUndo: (userId: string) => void;
  onDismissFailure: () => void;
  onToggleSelect: (userId: string) => void;
  onSelectAllMatching: () => void;
  onClearSelection: () => void;
  onBulkStatus: (status: DataUserStatus) => void;
  onExport: () => void;
  onImport: () => void;
  onPageSize?: (size: number) => void;
  /** The organisation's name for an org id (from the org tree). */
  orgName?: (orgId: string) => string | undefined;
  /** The person's e-mail, once the people directory has it (document 000's users carry none). */
  emailOf?: (userId: string) => string | undefined;
  /** A user's detail URL (`/users/:id` with the list's query), or none: the name is plain text. */
  detailHrefOf?: (userId: string) => string;
}

const unknown = () => undefined;

interface UserRowProps {
  user: DataUser;
  email: string | undefined;
  orgName: string | undefined;
  /** The user's detail URL; a string, so the memoised row renders again only when it changes. */
  detailHref: string | undefined;
  /** The kind of change waiting for the server, if any. */
  pending: string | null;
  selected: boolean;
  canDelete: boolean;
  onToggleSelect: (userId: string) => void;
  onToggleStatus: (user: DataUser) => void;
  onAskDelete: (user: DataUser) => void;
}

/**
 * One user. Memoised (the page passes stable callbacks), so typing a search renders the rows again only when the
 * results arrive, not on every keystroke.
 */
const UserRow = memo(function UserRow(props: UserRowProps) {
  const { user, pending } = props;
  const { t, label } = useI18n();
  return (
    <RenderProbe id="users-row">
      <tr data-user-id={user.user_id}>
        <td className="col-check">
          <input
            type="checkbox"
            checked={props.selected}
            onChange={() => props.onToggleSelect(user.user_id)}
            aria-label={t('users.selectOne', { name: user.full_name })}
          />
        </td>
        <td>
          {props.detailHref ? (
            // A plain link: `Link` would render every row again on each URL change (each keystroke of a search).
            <a href={props.detailHref} onClick={(event) => followInApp(event, props.detailHref ?? '')}>
              {user.full_name}
            </a>
          ) : (
            user.full_name
          )}
        </td>
        <td className="cell-nowrap">{props.email ?? <span className="muted">—</span>}</td>
        <td>{props.orgName ?? <code>{user.org_id}</code>}</td>
        <td>{label('role.', user.role)}</td>
        <td>
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={user.status === 'active'}
              aria-checked={user.status === 'active'}
              onChange={() => props.onToggleStatus(user)}
              aria-label={t('users.activeSwitch', { name: user.full_name })}
              disabled={pending !== null}
            />
            <span>{label('status.', user.status)}</span>
            {pending === 'status' ? <span className="muted"> {t('users.saving')}</span> : null}
          </label>
        </td>
        {props.canDelete ? (
          <td>
            <button
              type="button"
              className="link-button danger-text"
              onClick={() => props.onAskDelete(user)}
              aria-label={t('users.deleteOne', { name: user.full_name })}
            >
              {t('users.delete')}
            </button>
          </td>
        ) : null}
      </tr>
    </RenderProbe>
  );
});

/** The user list of the scope: filters, search, sortable table, paging, optimistic status, delete with undo, bulk. */
export function UsersView(props: UsersViewProps) {
  const { state, users, url } = props;
  const { t, formatNumber } = useI18n();
  const failureMessage = useFailureMessage();
  const hasRows = users.length > 0;
  const loading = state.status === 'loading';
  const changeFailure = state.changeFailure;
  const orgName = props.orgName ?? unknown;
  const emailOf = props.emailOf ?? unknown;
  const allOnPage = hasRows && users.every((user) => props.isSelected(user.user_id));
  const someOnPage = users.some((user) => props.isSelected(user.user_id));
  const bulk = state.bulkStatus;
  return (
    <section className="screen" aria-labelledby="users-title">
      <header className="screen-header">
        <h1 id="users-title">{t('users.title')}</h1>
        <div className="screen-actions">
          <button type="button" className="secondary" onClick={props.onImport}>
            {t('users.import')}
          </button>
          <button type="button" className="secondary" onClick={props.onExport} disabled={props.exporting}>
            {props.exporting ? t('users.exporting') : t('users.export')}
          </button>
        </div>
      </header>

      <div className="toolbar">
        <div className="field">
          <label htmlFor="users-role">{t('users.filter.role')}</label>
          <select
            id="users-role"
            value={url.role ?? ''}
            onChange={(event) => props.onRole((event.target.value || null) as DataUserRole | null)}
          >
            <option value="">{t('users.any')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-status">{t('users.filter.status')}</label>
          <select
            id="users-status"
            value={url.status ?? ''}
            onChange={(event) => props.onStatus((event.target.value || null) as DataUserStatus | null)}
          >
            <option value="">{t('users.any')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor="users-search">{t('users.search')}</label>
          <input
            id="users-search"
            type="search"
            value={url.q}
            maxLength={SEARCH_MAX_LENGTH}
            onChange={(event) => props.onSearch(clampSearch(event.target.value))}
          />
        </div>
        <button type="button" className="secondary" onClick={props.onClearFilters}>
          {t('users.clearFilters')}
        </button>
      </div>

      {changeFailure ? (
        <div className="notice notice-error" role="alert">
          <span>
            {t(`users.changeFailed.${changeFailure.kind}`, { name: changeFailure.fullName ?? '' })}{' '}
            {failureMessage(changeFailure.failure)}
          </span>
          <button type="button" className="link-button" onClick={props.onDismissFailure}>
            {t('dialog.close')}
          </button>
        </div>
      ) : null}

      {props.undoable.map((change) => (
        <div key={change.user.user_id} className="notice" role="status">
          <span>{t('users.deleted', { name: change.user.full_name })}</span>
          <button type="button" className="link-button" onClick={() => props.onUndo(change.user.user_id)}>
            {t('users.undo')}
          </button>
        </div>
      ))}

      {props.selectedCount > 0 || hasRows ? (
        <div className="selection-bar" aria-live="polite">
          {props.selectedCount > 0 ? (
            <>
              <span data-testid="selected-count">
                {t('users.selected', { count: formatNumber(props.selectedCount) })}
              </span>
              <button
                type="button"
                className="secondary"
                onClick={() => props.onBulkStatus('active')}
                disabled={bulk?.status === 'running'}
              >
                {t('users.bulkActivate')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => props.onBulkStatus('inactive')}
                disabled={bulk?.status === 'running'}
              >
                {t('users.bulkDeactivate')}
              </button>
              <button type="button" className="link-button" onClick={props.onClearSelection}>
                {t('users.clearSelection')}
              </button>
            </>
          ) : null}
          {state.selection.kind === 'ids' && state.total > 0 ? (
            <button type="button" className="link-button" onClick={props.onSelectAllMatching}>
              {t('users.selectAllMatching', { count: formatNumber(state.total) })}
            </button>
          ) : null}
          {bulk ? (
            <span role="status">
              {t(bulk.status === 'running' ? 'users.bulkRunning' : 'users.bulkDone', {
                done: formatNumber(bulk.done),
                total: formatNumber(bulk.total),
                failed: formatNumber(bulk.failedIds.length),
              })}
            </span>
          ) : null}
        </div>
      ) : null}

      <LoadState status={state.status} failure={state.failure} hasData={hasRows} onRetry={props.onRetry} rows={8} />
      {hasRows && state.failure && !state.failure.forbidden ? (
        <ErrorState failure={state.failure} onRetry={props.onRetry} />
      ) : null}
      {state.status === 'success' && !hasRows ? (
        <EmptyState
          message={t('users.empty')}
          action={
            <button type="button" className="secondary" onClick={props.onClearFilters}>
              {t('users.clearFilters')}
            </button>
          }
        />
      ) : null}

      {hasRows ? (
        <>
          <TableScroll labelledBy="users-title">
            <table className="table" aria-busy={loading} aria-describedby="users-title">
              <thead>
                <tr>
                  <th scope="col" className="col-check">
                    <input
                      type="checkbox"
                      aria-label={t('users.selectPage')}
                      checked={allOnPage}
                      ref={(element) => {
                        if (element) element.indeterminate = someOnPage && !allOnPage;
                      }}
                      onChange={() => {
                        // Checked: every row of the page joins the selection; unchecked: the page's rows leave it.
                        for (const user of users)
                          if (props.isSelected(user.user_id) === allOnPage) props.onToggleSelect(user.user_id);
                      }}
                    />
                  </th>
                  {COLUMNS.map(([field, label]) => {
                    const active = state.sort?.field === field ? state.sort.direction : null;
                    const SortIcon = active === 'asc' ? ArrowUp : active === 'desc' ? ArrowDown : ArrowUpDown;
                    return [
                      <th
                        key={field}
                        scope="col"
                        aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : undefined}
                      >
                        <button type="button" className="sort-button" onClick={() => props.onSort(field)}>
                          {t(label)}
                          <SortIcon className="icon" aria-hidden="true" />
                        </button>
                      </th>,
                      // E-mail and organisation follow the name; the contract sorts by neither.
                      field === 'full_name' ? (
                        <th key="email" scope="col">
                          {t('users.col.email')}
                        </th>
                      ) : null,
                      field === 'full_name' ? (
                        <th key="org" scope="col">
                          {t('users.col.org')}
                        </th>
                      ) : null,
                    ];
                  })}
                  {props.canDelete ? <th scope="col">{t('users.col.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <UserRow
                    key={user.user_id}
                    user={user}
                    email={emailOf(user.user_id)}
                    orgName={orgName(user.org_id)}
                    detailHref={props.detailHrefOf?.(user.user_id)}
                    pending={state.pending[user.user_id]?.kind ?? null}
                    selected={props.isSelected(user.user_id)}
                    canDelete={props.canDelete}
                    onToggleSelect={props.onToggleSelect}
                    onToggleStatus={props.onToggleStatus}
                    onAskDelete={props.onAskDelete}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination
            page={state.page}
            pageCount={props.pageCount}
            total={state.total}
            onPage={props.onPage}
            disabled={loading}
          >
            {props.onPageSize ? (
              <label className="field-inline">
                <span>{t('pager.size')}</span>
                <select
                  value={url.size}
                  disabled={loading}
                  onChange={(event) => props.onPageSize?.(Number(event.target.value))}
                >
                  {PAGE_SIZES.map((size) => (
                    <option key={size} value={size}>
                      {formatNumber(size)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </Pagination>
        </>
      ) : null}

      {props.confirmDelete ? (
        <ConfirmDialog
          title={t('users.confirmDelete.title')}
          body={<p>{t('users.confirmDelete.body', { name: props.confirmDelete.full_name })}</p>}
          confirmLabel={t('users.delete')}
          cancelLabel={t('dialog.cancel')}
          onConfirm={props.onConfirmDelete}
          onCancel={props.onCancelDelete}
          danger
        />
      ) : null}
      {props.importDialog}
    </section>
  );
}
