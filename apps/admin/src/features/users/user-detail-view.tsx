import type { DataUser } from 'admin-bloc';
import { ArrowLeft } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link } from '../../app/router.js';
import { RecordNotFound } from '../../components/ui/record-not-found.js';
import { ErrorState, Skeleton } from '../../components/ui/states.js';
import { useI18n } from '../../i18n/i18n.js';
import type { UserDetailState } from './user-detail-cubit.js';

export interface UserDetailViewProps {
  /** The id the URL asks for (`/users/:id`). */
  id: string;
  detail: UserDetailState;
  /** The person's row in the list behind the detail, when it is on the list's page: their role and status there. */
  row: DataUser | undefined;
  /** The list's URL with its filters: the way back. */
  listHref: string;
  orgName: (orgId: string) => string | undefined;
  onRetry: () => void;
}

/** One user (`/users/:id`): who they are, where, and their account; the way back keeps the list's filters. */
export function UserDetailView({ id, detail, row, listHref, orgName, onRetry }: UserDetailViewProps) {
  const { t, label, formatDate } = useI18n();
  const user = detail.id === id ? detail.user : null;
  const failure = detail.id === id ? detail.failure : null;
  const heading = useRef<HTMLHeadingElement>(null);
  // A screen reader starts at the person opened, not at the link that opened them.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const orgId = user?.organization_id ?? row?.org_id ?? null;
  return (
    <section className="screen" aria-labelledby="user-detail-title">
      <Link href={listHref} className="back-link">
        <ArrowLeft className="icon" aria-hidden="true" /> {t('detail.back.users')}
      </Link>
      <header className="screen-header">
        <h1 id="user-detail-title" tabIndex={-1} ref={heading}>
          {user?.name ??
            row?.full_name ??
            t(failure?.code === 'NOT_FOUND' ? 'users.notFound.title' : 'contacts.detail')}
        </h1>
      </header>
      {user === null && failure === null ? <Skeleton rows={4} /> : null}
      {user === null && failure?.code === 'NOT_FOUND' ? (
        <RecordNotFound message={t('users.notFound', { id })} backHref={listHref} backLabel={t('detail.back.users')} />
      ) : failure ? (
        <ErrorState failure={failure} onRetry={onRetry} />
      ) : null}
      {user ? (
        <div className="panel">
          <dl className="detail-list" data-testid="user-detail">
            <dt>{t('platform.col.email')}</dt>
            <dd>{user.email}</dd>
            <dt>{t('users.col.org')}</dt>
            <dd>{orgId === null ? '—' : (orgName(orgId) ?? <code>{orgId}</code>)}</dd>
            {row ? (
              <>
                <dt>{t('users.detail.programme')}</dt>
                <dd>
                  {label('role.', row.role)}, {label('status.', row.status).toLocaleLowerCase()}
                </dd>
              </>
            ) : null}
            <dt>{t('users.detail.access')}</dt>
            <dd>{label('platform.role.', user.role)}</dd>
            <dt>{t('users.detail.account')}</dt>
            <dd>{label('status.', user.status)}</dd>
            {user.created_at ? (
              <>
                <dt>{t('platform.col.created')}</dt>
                <dd>{formatDate(user.created_at)}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : null}
    </section>
  );
}
