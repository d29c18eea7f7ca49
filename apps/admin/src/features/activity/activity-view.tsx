import type { ActivityLogFilters, ActivityLogState } from 'admin-bloc';
import { DateField } from '../../components/ui/date-field.js';
import { Pagination } from '../../components/ui/pagination.js';
import { PersonName } from '../../components/ui/person-name.js';
import { EmptyState, ErrorState, LoadState } from '../../components/ui/states.js';
import { TableScroll } from '../../components/ui/table-scroll.js';
import { type MessageKey, useI18n } from '../../i18n/i18n.js';

export const ACTIVITY_TYPES = ['mentoring_session', 'group_meeting', 'phone_call', 'training', 'event'] as const;

export interface ActivityViewProps {
  state: ActivityLogState;
  pageCount: number;
  onFilters: (filters: Partial<ActivityLogFilters>) => void;
  onClear: () => void;
  onPage: (page: number) => void;
  onRetry: () => void;
  /** The name of a person id, once the people directory has it. */
  nameOf?: (userId: string) => string | undefined;
}

const typeLabel = (type: string): MessageKey =>
  (ACTIVITY_TYPES as readonly string[]).includes(type)
    ? (`activity.type.${type}` as MessageKey)
    : 'activity.type.other';

const noName = () => undefined;

/** The scope's activities, newest first, filtered by type and date range, paged; people by name. */
export function ActivityView({
  state,
  pageCount,
  onFilters,
  onClear,
  onPage,
  onRetry,
  nameOf = noName,
}: ActivityViewProps) {
  const { t, formatDateTime } = useI18n();
  const filters = state.query.filters;
  const entries = state.results?.entries ?? [];
  const hasRows = entries.length > 0;
  // The coordinator's language, from what is wrong rather than the package's English text: an end before the
  // start (checked before anything is sent), or a date that is not one.
  const toBeforeFrom = filters.from !== null && filters.to !== null && filters.to < filters.from;
  const invalid = {
    from: state.invalidFilters.from ? t('activity.filter.invalidDate') : null,
    to: toBeforeFrom
      ? t('activity.filter.toBeforeFrom')
      : state.invalidFilters.to
        ? t('activity.filter.invalidDate')
        : null,
  };
  return (
    <section className="screen" aria-labelledby="activity-title">
      <header className="screen-header">
        <h1 id="activity-title">{t('activity.title')}</h1>
      </header>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="activity-type">{t('activity.filter.type')}</label>
          <select
            id="activity-type"
            value={filters.activityType ?? ''}
            onChange={(event) => onFilters({ activityType: event.target.value || null })}
          >
            <option value="">{t('users.any')}</option>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(typeLabel(type))}
              </option>
            ))}
          </select>
        </div>
        <DateField
          id="activity-from"
          label={t('activity.filter.from')}
          value={filters.from}
          error={invalid.from}
          onChange={(from) => onFilters({ from })}
        />
        <DateField
          id="activity-to"
          label={t('activity.filter.to')}
          value={filters.to}
          error={invalid.to}
          onChange={(to) => onFilters({ to })}
        />
        <button type="button" className="secondary" onClick={onClear}>
          {t('users.clearFilters')}
        </button>
      </div>
      <LoadState status={state.status} failure={state.failure} hasData={hasRows} onRetry={onRetry} rows={8} />
      {hasRows && state.failure && !state.failure.forbidden ? (
        <ErrorState failure={state.failure} onRetry={onRetry} />
      ) : null}
      {state.status === 'success' && !hasRows ? <EmptyState message={t('activity.empty')} /> : null}
      {hasRows ? (
        <>
          <TableScroll labelledBy="activity-title">
            <table
              className="table table-cards"
              aria-labelledby="activity-title"
              aria-busy={state.status === 'loading'}
            >
              <thead>
                <tr>
                  <th scope="col">{t('activity.col.when')}</th>
                  <th scope="col">{t('activity.col.type')}</th>
                  <th scope="col">{t('activity.col.description')}</th>
                  <th scope="col">{t('activity.col.user')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.activity_id}>
                    <td data-label={t('activity.col.when')}>{formatDateTime(entry.occurred_at)}</td>
                    <td data-label={t('activity.col.type')}>{t(typeLabel(entry.activity_type))}</td>
                    <td data-label={t('activity.col.description')}>{entry.description}</td>
                    <td className="cell-key">
                      <PersonName id={entry.user_id} name={nameOf(entry.user_id)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination
            page={state.results?.query.page ?? state.query.page}
            pageCount={pageCount}
            total={state.results?.total ?? 0}
            onPage={onPage}
            disabled={state.status === 'loading'}
          />
        </>
      ) : null}
    </section>
  );
}
