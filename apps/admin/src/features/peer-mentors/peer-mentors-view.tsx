import type { OrgNode, PeerMentorRow, PeerMentorsState } from 'admin-bloc';
import { Pagination } from '../../components/ui/pagination.js';
import { clampSearch, SEARCH_MAX_LENGTH } from '../../components/ui/search-limit.js';
import { EmptyState, ErrorState, LoadState, Skeleton } from '../../components/ui/states.js';
import { TableScroll } from '../../components/ui/table-scroll.js';
import { useI18n } from '../../i18n/i18n.js';

export interface PeerMentorsViewProps {
  state: PeerMentorsState;
  rows: readonly PeerMentorRow[];
  pageCount: number;
  orgs: readonly OrgNode[];
  onSearch: (text: string) => void;
  onPage: (page: number) => void;
  onRetry: () => void;
  onOpen: (id: string) => void;
}

/** Peer mentors of the scope's org (document 003): search, list with availability, detail. */
export function PeerMentorsView({
  state,
  rows,
  pageCount,
  orgs,
  onSearch,
  onPage,
  onRetry,
  onOpen,
}: PeerMentorsViewProps) {
  const { t, formatDateTime } = useI18n();
  const hasRows = rows.length > 0;
  const detail = state.detail;
  const mentor = detail.peerMentor;
  return (
    <section className="screen" aria-labelledby="mentors-title">
      <header className="screen-header">
        <h1 id="mentors-title">{t('mentors.title')}</h1>
      </header>
      <div className="toolbar">
        <div className="field field-grow">
          <label htmlFor="mentors-search">{t('mentors.search')}</label>
          <input
            id="mentors-search"
            type="search"
            value={state.query.search}
            maxLength={SEARCH_MAX_LENGTH}
            onChange={(event) => onSearch(clampSearch(event.target.value))}
          />
        </div>
      </div>
      <div className="split">
        <div className="split-main">
          <LoadState status={state.status} failure={state.failure} hasData={hasRows} onRetry={onRetry} rows={6} />
          {hasRows && state.failure && !state.failure.forbidden ? (
            <ErrorState failure={state.failure} onRetry={onRetry} />
          ) : null}
          {state.status === 'success' && !hasRows ? <EmptyState message={t('mentors.empty')} /> : null}
          {hasRows ? (
            <>
              <TableScroll labelledBy="mentors-title">
                <table className="table" aria-labelledby="mentors-title" aria-busy={state.status === 'loading'}>
                  <thead>
                    <tr>
                      <th scope="col">{t('contacts.col.name')}</th>
                      <th scope="col">{t('mentors.col.specialty')}</th>
                      <th scope="col">{t('mentors.col.available')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.id}>
                        <td>
                          <button type="button" className="link-button" onClick={() => onOpen(row.id)}>
                            {row.full_name}
                          </button>
                        </td>
                        <td>{row.specialty}</td>
                        <td>{row.available === undefined ? '—' : t(row.available ? 'mentors.yes' : 'mentors.no')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <Pagination
                page={state.results?.query.page ?? 1}
                pageCount={pageCount}
                total={state.results?.total ?? 0}
                onPage={onPage}
                disabled={state.status === 'loading'}
              />
            </>
          ) : null}
        </div>
        {detail.id ? (
          <aside className="panel split-side" aria-labelledby="mentor-detail-title">
            <h2 id="mentor-detail-title">{mentor?.full_name ?? t('contacts.detail')}</h2>
            {detail.status === 'loading' && !mentor ? <Skeleton rows={3} /> : null}
            {detail.failure ? <ErrorState failure={detail.failure} onRetry={() => onOpen(detail.id ?? '')} /> : null}
            {mentor ? (
              <dl className="detail-list">
                <dt>{t('platform.col.email')}</dt>
                <dd>{mentor.email}</dd>
                <dt>{t('mentors.col.specialty')}</dt>
                <dd>{mentor.specialty}</dd>
                <dt>{t('scope.label')}</dt>
                <dd>{orgs.find((org) => org.org_id === mentor.org_id)?.name ?? mentor.org_id}</dd>
                <dt>{t('mentors.col.available')}</dt>
                <dd>{t(mentor.available ? 'mentors.yes' : 'mentors.no')}</dd>
                <dt>{t('platform.col.created')}</dt>
                <dd>{formatDateTime(mentor.created_at)}</dd>
              </dl>
            ) : null}
          </aside>
        ) : null}
      </div>
    </section>
  );
}
