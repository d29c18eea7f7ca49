import type { Failure } from 'admin-bloc';
import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../../i18n/i18n.js';
import { nb } from '../../i18n/messages.js';

const hasMessage = (key: string): key is MessageKey => Object.hasOwn(nb, key);

/** The coordinator-facing message of a failure, in the current locale. */
export function useFailureMessage(): (failure: Failure) => string {
  const { t } = useI18n();
  return (failure) => {
    // A conflict whose kind the server named ("still has members") says that kind, not the generic text.
    const conflict = failure.params?.conflict;
    const specific = `error.${failure.code}.${String(conflict)}`;
    if (conflict !== undefined && hasMessage(specific)) return t(specific);
    return t(`error.${failure.code}` as MessageKey);
  };
}

/** Grey placeholder blocks shaped like the content that is loading. */
export function Skeleton({ rows = 3, label }: { rows?: number; label?: string }) {
  const { t } = useI18n();
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{label ?? t('state.loading')}</span>
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity but their position
        <div key={index} className="skeleton-row" aria-hidden="true" />
      ))}
    </div>
  );
}

/** Nothing matched: says so, with an optional way out (clear filters, create the first one). */
export function EmptyState({ message, action }: { message?: string; action?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="state state-empty" role="status">
      <p>{message ?? t('state.empty')}</p>
      {action}
    </div>
  );
}

/** A failed load with the reason and a retry button. */
export function ErrorState({ failure, onRetry }: { failure: Failure; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = useFailureMessage();
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>{t('state.error')}</strong> {message(failure)}
      </p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** The server said 403 for this screen. */
export function ForbiddenState() {
  const { t } = useI18n();
  return (
    <section className="state state-forbidden" aria-labelledby="forbidden-title">
      <h2 id="forbidden-title">{t('state.forbidden.title')}</h2>
      <p>{t('state.forbidden.body')}</p>
    </section>
  );
}

/**
 * Picks the right state for a screen's load: forbidden, error with retry, or the skeleton while nothing is
 * loaded yet; `null` when the content can be shown.
 */
export function LoadState({
  status,
  failure,
  hasData,
  onRetry,
  rows,
}: {
  status: 'initial' | 'loading' | 'success' | 'failure';
  failure: Failure | null;
  hasData: boolean;
  onRetry: () => void;
  rows?: number;
}) {
  if (failure?.forbidden) return <ForbiddenState />;
  if (status === 'failure' && failure && !hasData) return <ErrorState failure={failure} onRetry={onRetry} />;
  if (!hasData && (status === 'loading' || status === 'initial')) return <Skeleton rows={rows} />;
  return null;
}
