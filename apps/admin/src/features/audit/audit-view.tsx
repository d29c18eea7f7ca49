import type { AuditAction, AuditLogFilters, AuditLogState, AuditLogTextFilter } from 'admin-bloc';
import { DateField } from '../../components/ui/date-field.js';
import { Pagination } from '../../components/ui/pagination.js';
import { PersonName } from '../../components/ui/person-name.js';
import { clampSearch, SEARCH_MAX_LENGTH } from '../../components/ui/search-limit.js';
import { EmptyState, ErrorState, LoadState } from '../../components/ui/states.js';
import { TableScroll } from '../../components/ui/table-scroll.js';
import { useI18n } from '../../i18n/i18n.js';

const ACTIONS: readonly AuditAction[] = ['CREATE', 'UPDATE', 'DELETE'];

export interface AuditViewProps {
  state: AuditLogState;
  pageCount: number;
  /** A filter chosen (an action, a date): applies at once. */
  onFilters: (filters: Partial<AuditLogFilters>) => void;
  /** A keystroke in a text filter: shown at once, asked for once typing pauses. */
  onFilterTyped: (filter: AuditLogTextFilter, text: string) => void;
  onClear: () => void;
  onPage: (page: number) => void;
  onRetry: () => void;
  /** The name of a person or organisation id, once it is known. */
  nameOf?: (id: string) => string | undefined;
}

const noName = () => undefined;

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Who changed what, newest first: filters by action, resource type, actor and dates; paged. */
export function AuditView({
  state,
  pageCount,
  onFilters,
  onFilterTyped,
  onClear,
  onPage,
  onRetry,
  nameOf = noName,
}: AuditViewProps) {
  const { t, formatDateTime } = useI18n();
  const filters = state.query.filters;
  const entries = state.results?.entries ?? [];
  const hasRows = entries.length > 0;
  const invalid = state.invalidFilters;
  const text = (key: 'actorId' | 'resourceType', label: string) => (
    <div className="field">
      <label htmlFor={`audit-${key}`}>{label}</label>
      <input
        id={`audit-${key}`}
        type="text"
        value={state.typedFilters[key]}
        aria-invalid={invalid[key] ? true : undefined}
        aria-describedby={invalid[key] ? `audit-${key}-error` : undefined}
        maxLength={SEARCH_MAX_LENGTH}
        onChange={(event) => onFilterTyped(key, clampSearch(event.target.value))}
      />
      {invalid[key] ? (
        <span id={`audit-${key}-error`} className="field-error">
          {invalid[key]}
        </span>
      ) : null}
    </div>
  );
  return (
    <section className="screen" aria-labelledby="audit-title">
      <header className="screen-header">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <p className="muted scope-note">{t('scope.wholeTenant')}</p>
      </header>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="audit-action">{t('audit.col.action')}</label>
          <select
            id="audit-action"
            value={filters.action ?? ''}
            onChange={(event) => onFilters({ action: (event.target.value || null) as AuditAction | null })}
          >
            <option value="">{t('users.any')}</option>
            {ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`audit.action.${action}`)}
              </option>
            ))}
          </select>
        </div>
        {text('resourceType', t('audit.col.resourceType'))}
        {text('actorId', t('audit.col.actor'))}
        <DateField
          id="audit-from"
          label={t('activity.filter.from')}
          value={filters.from}
          error={invalid.from}
          onChange={(from) => onFilters({ from })}
        />
        <DateField
          id="audit-to"
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
      {state.status === 'success' && !hasRows ? <EmptyState message={t('audit.empty')} /> : null}
      {hasRows ? (
        <>
          <TableScroll labelledBy="audit-title">
            <table className="table table-cards" aria-labelledby="audit-title" aria-busy={state.status === 'loading'}>
              <thead>
                <tr>
                  <th scope="col">{t('activity.col.when')}</th>
                  <th scope="col">{t('audit.col.action')}</th>
                  <th scope="col">{t('audit.col.resource')}</th>
                  <th scope="col">{t('audit.col.actorName')}</th>
                  <th scope="col">{t('audit.col.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td data-label={t('activity.col.when')}>{formatDateTime(entry.created_at)}</td>
                    <td data-label={t('audit.col.action')}>{t(`audit.action.${entry.action}`)}</td>
                    <td data-label={t('audit.col.resource')}>
                      {entry.resource_type} <PersonName id={entry.resource_id} name={nameOf(entry.resource_id)} />
                    </td>
                    <td className="cell-key">
                      <PersonName id={entry.actor_id} name={nameOf(entry.actor_id)} />
                    </td>
                    <td data-label={t('audit.col.changes')}>
                      {entry.changes
                        ? Object.entries(entry.changes).map(([field, change]) => (
                            <div key={field}>
                              {field}: {show(change.from)} → {show(change.to)}
                            </div>
                          ))
                        : '—'}
                    </td>
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
    </section>
  );
}
