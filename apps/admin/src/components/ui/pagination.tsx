import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.js';

/** Previous / page x of y / next, as buttons with accessible names; a single page shows only its count. */
export function Pagination({
  page,
  pageCount,
  total,
  onPage,
  disabled,
  children,
}: {
  page: number;
  pageCount: number;
  total: number;
  onPage: (page: number) => void;
  disabled?: boolean;
  /** More controls at the pager's end, such as the page size. */
  children?: ReactNode;
}) {
  const { t, formatNumber } = useI18n();
  return (
    <nav className="pagination" aria-label={t('pager.label')}>
      {pageCount > 1 ? (
        <button type="button" className="secondary" disabled={disabled || page <= 1} onClick={() => onPage(page - 1)}>
          {t('pager.previous')}
        </button>
      ) : null}
      <span data-testid="page-info">
        {t('pager.status', { page: formatNumber(page), pages: formatNumber(pageCount), total: formatNumber(total) })}
      </span>
      {pageCount > 1 ? (
        <button
          type="button"
          className="secondary"
          disabled={disabled || page >= pageCount}
          onClick={() => onPage(page + 1)}
        >
          {t('pager.next')}
        </button>
      ) : null}
      {children}
    </nav>
  );
}
