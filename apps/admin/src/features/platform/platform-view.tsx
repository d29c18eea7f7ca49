import type {
  PlatformRole,
  PlatformSessionFilters,
  PlatformState,
  PlatformUserSummary,
  SessionStatus,
} from 'admin-bloc';
import { ConfirmDialog } from '../../components/ui/dialog.js';
import { NameText } from '../../components/ui/name-text.js';
import { PersonName } from '../../components/ui/person-name.js';
import { SearchField } from '../../components/ui/search-field.js';
import { clampSearch, SEARCH_MAX_LENGTH } from '../../components/ui/search-limit.js';
import { EmptyState, ErrorState, ForbiddenState, LoadState, useFailureMessage } from '../../components/ui/states.js';
import { TableScroll } from '../../components/ui/table-scroll.js';
import { useI18n } from '../../i18n/i18n.js';

const ROLES: readonly PlatformRole[] = ['user', 'admin'];
const SESSION_STATUSES: readonly SessionStatus[] = ['active', 'completed', 'expired'];

export interface PlatformViewProps {
  state: PlatformState;
  users: readonly PlatformUserSummary[];
  canLoadMoreUsers: boolean;
  canLoadMoreSessions: boolean;
  forbidden: boolean;
  isPending: (userId: string) => boolean;
  confirmSuspend: PlatformUserSummary | null;
  /** A promotion to admin waiting for the coordinator's yes (it gives the person the whole platform). */
  confirmPromote: PlatformUserSummary | null;
  /** The search the URL asks for. */
  search: string;
  onRetryStats: () => void;
  onRetryUsers: () => void;
  onRetrySessions: () => void;
  onSearch: (search: string) => void;
  onRoleFilter: (role: PlatformRole | null) => void;
  onMoreUsers: () => void;
  onRole: (userId: string, role: PlatformRole) => void;
  onAskSuspend: (user: PlatformUserSummary) => void;
  onConfirmSuspend: () => void;
  onCancelSuspend: () => void;
  onConfirmPromote: () => void;
  onCancelPromote: () => void;
  onSessionFilters: (filters: Partial<PlatformSessionFilters>) => void;
  onMoreSessions: () => void;
  /** The name of a person id, once it is known (the sessions' people and their agents). */
  nameOf?: (userId: string) => string | undefined;
}

/** Platform administration (document 004): stats, users with load-more, role change, suspend, sessions. */
export function PlatformView(props: PlatformViewProps) {
  const { state, users } = props;
  const nameOf = props.nameOf ?? ((id: string) => users.find((user) => user.id === id)?.name);
  const { t, label, formatNumber, formatDateTime } = useI18n();
  const failureMessage = useFailureMessage();
  if (props.forbidden) {
    return (
      <section className="screen" aria-labelledby="platform-title">
        <h1 id="platform-title">{t('platform.title')}</h1>
        <ForbiddenState />
      </section>
    );
  }
  const stats = state.stats.stats;
  const sessions = state.sessions;
  const sessionItems = sessions.results?.items ?? [];
  const figures = stats
    ? ([
        ['platform.stats.users', stats.users.total],
        ['platform.stats.active30d', stats.users.active30d],
        ['platform.stats.newThisMonth', stats.users.newThisMonth],
        ['platform.stats.agents', stats.agents.active],
        ['platform.stats.sessions', stats.sessions.active],
        ['platform.stats.apiCalls', stats.apiCalls.today],
      ] as const)
    : [];
  return (
    <section className="screen" aria-labelledby="platform-title">
      <header className="screen-header">
        <h1 id="platform-title">{t('platform.title')}</h1>
        <p className="muted scope-note">{t('scope.wholeTenant')}</p>
      </header>

      <LoadState
        status={state.stats.status}
        failure={state.stats.failure}
        hasData={stats !== null}
        onRetry={props.onRetryStats}
        rows={1}
      />
      {stats ? (
        <dl className="stats stats-6" aria-label={t('platform.stats')}>
          {figures.map(([label, value]) => (
            <div key={label} className="stat">
              <dt>{t(label)}</dt>
              <dd>{formatNumber(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      <section className="panel" aria-labelledby="platform-users-title">
        <h2 id="platform-users-title">{t('platform.users')}</h2>
        <div className="toolbar">
          <SearchField id="platform-search" label={t('users.search')} value={props.search} onSearch={props.onSearch} />
          <div className="field">
            <label htmlFor="platform-role">{t('users.filter.role')}</label>
            <select
              id="platform-role"
              value={state.usersQuery.role ?? ''}
              onChange={(event) => props.onRoleFilter((event.target.value || null) as PlatformRole | null)}
            >
              <option value="">{t('users.any')}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`platform.role.${role}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {state.mutationFailure ? (
          <p className="notice notice-error" role="alert">
            {t(state.mutationFailure.action === 'suspend' ? 'platform.suspendFailed' : 'platform.roleFailed')}{' '}
            {failureMessage(state.mutationFailure.failure)}
          </p>
        ) : null}
        <LoadState
          status={state.status}
          failure={state.failure}
          hasData={users.length > 0}
          onRetry={props.onRetryUsers}
          rows={5}
        />
        {state.status === 'success' && users.length === 0 ? <EmptyState message={t('users.empty')} /> : null}
        {users.length > 0 ? (
          <TableScroll labelledBy="platform-users-title">
            <table className="table" aria-labelledby="platform-users-title">
              <thead>
                <tr>
                  <th scope="col">{t('users.col.name')}</th>
                  <th scope="col">{t('platform.col.email')}</th>
                  <th scope="col">{t('users.col.role')}</th>
                  <th scope="col">{t('users.col.status')}</th>
                  <th scope="col">{t('platform.col.lastLogin')}</th>
                  <th scope="col">{t('users.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => {
                  const pending = props.isPending(user.id);
                  return (
                    <tr key={user.id}>
                      <td>
                        <NameText text={user.name} />
                      </td>
                      <td>
                        <NameText text={user.email} />
                      </td>
                      <td>
                        <select
                          aria-label={t('platform.roleOf', { name: user.name })}
                          value={user.role}
                          disabled={pending}
                          onChange={(event) => props.onRole(user.id, event.target.value as PlatformRole)}
                        >
                          {ROLES.map((role) => (
                            <option key={role} value={role}>
                              {t(`platform.role.${role}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>{label('platform.status.', user.status)}</td>
                      <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '—'}</td>
                      <td>
                        {user.status === 'active' ? (
                          <button
                            type="button"
                            className="link-button danger-text"
                            disabled={pending}
                            onClick={() => props.onAskSuspend(user)}
                            aria-label={t('platform.suspendOne', { name: user.name })}
                          >
                            {t('platform.suspend')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
        {state.moreUsers.failure ? <ErrorState failure={state.moreUsers.failure} onRetry={props.onMoreUsers} /> : null}
        {props.canLoadMoreUsers ? (
          <button
            type="button"
            className="secondary load-more"
            onClick={props.onMoreUsers}
            disabled={state.moreUsers.status === 'loading'}
          >
            {state.moreUsers.status === 'loading' ? t('state.loading') : t('platform.loadMore')}
          </button>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="platform-sessions-title">
        <h2 id="platform-sessions-title">{t('platform.sessions')}</h2>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="sessions-status">{t('users.filter.status')}</label>
            <select
              id="sessions-status"
              value={sessions.filters.status ?? ''}
              onChange={(event) =>
                props.onSessionFilters({ status: (event.target.value || null) as SessionStatus | null })
              }
            >
              <option value="">{t('users.any')}</option>
              {SESSION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`platform.session.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="sessions-user">{t('platform.col.userId')}</label>
            <input
              id="sessions-user"
              value={sessions.filters.userId ?? ''}
              maxLength={SEARCH_MAX_LENGTH}
              onChange={(event) => props.onSessionFilters({ userId: clampSearch(event.target.value.trim()) || null })}
            />
          </div>
          <div className="field">
            <label htmlFor="sessions-agent">{t('platform.col.agentId')}</label>
            <input
              id="sessions-agent"
              value={sessions.filters.agentId ?? ''}
              maxLength={SEARCH_MAX_LENGTH}
              onChange={(event) => props.onSessionFilters({ agentId: clampSearch(event.target.value.trim()) || null })}
            />
          </div>
        </div>
        <LoadState
          status={sessions.status}
          failure={sessions.failure}
          hasData={sessionItems.length > 0}
          onRetry={props.onRetrySessions}
          rows={4}
        />
        {sessions.status === 'success' && sessionItems.length === 0 ? (
          <EmptyState message={t('platform.noSessions')} />
        ) : null}
        {sessionItems.length > 0 ? (
          <TableScroll labelledBy="platform-sessions-title">
            <table className="table table-cards" aria-labelledby="platform-sessions-title">
              <thead>
                <tr>
                  <th scope="col">{t('platform.col.session')}</th>
                  <th scope="col">{t('platform.col.person')}</th>
                  <th scope="col">{t('platform.col.agent')}</th>
                  <th scope="col">{t('users.col.status')}</th>
                  <th scope="col">{t('platform.col.created')}</th>
                </tr>
              </thead>
              <tbody>
                {sessionItems.map((session) => (
                  <tr key={session.sessionId}>
                    <td data-label={t('platform.col.session')}>
                      <code>{session.sessionId}</code>
                    </td>
                    <td className="cell-key">
                      <PersonName id={session.userId} name={nameOf(session.userId)} />
                    </td>
                    <td data-label={t('platform.col.agent')}>
                      <PersonName
                        id={session.agentId}
                        name={
                          nameOf(session.userId)
                            ? t('platform.agentOf', { name: nameOf(session.userId) ?? '' })
                            : undefined
                        }
                      />
                    </td>
                    <td data-label={t('users.col.status')}>{t(`platform.session.${session.status}`)}</td>
                    <td data-label={t('platform.col.created')}>{formatDateTime(session.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
        {sessions.more.failure ? <ErrorState failure={sessions.more.failure} onRetry={props.onMoreSessions} /> : null}
        {props.canLoadMoreSessions ? (
          <button
            type="button"
            className="secondary load-more"
            onClick={props.onMoreSessions}
            disabled={sessions.more.status === 'loading'}
          >
            {sessions.more.status === 'loading' ? t('state.loading') : t('platform.loadMore')}
          </button>
        ) : null}
      </section>

      {props.confirmSuspend ? (
        <ConfirmDialog
          title={t('platform.confirmSuspend.title')}
          body={<p>{t('platform.confirmSuspend.body', { name: props.confirmSuspend.name })}</p>}
          confirmLabel={t('platform.suspend')}
          cancelLabel={t('dialog.cancel')}
          onConfirm={props.onConfirmSuspend}
          onCancel={props.onCancelSuspend}
          danger
        />
      ) : null}
      {props.confirmPromote ? (
        <ConfirmDialog
          title={t('platform.confirmPromote.title')}
          body={<p>{t('platform.confirmPromote.body', { name: props.confirmPromote.name })}</p>}
          confirmLabel={t('platform.confirmPromote.confirm')}
          cancelLabel={t('dialog.cancel')}
          onConfirm={props.onConfirmPromote}
          onCancel={props.onCancelPromote}
          danger
        />
      ) : null}
    </section>
  );
}
