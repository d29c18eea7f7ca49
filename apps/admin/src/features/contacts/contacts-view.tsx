import type { ContactDetail, ContactRow, ContactsState, OrgNode } from 'admin-bloc';
import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link } from '../../app/router.js';
import { ConfirmDialog } from '../../components/ui/dialog.js';
import { NameText } from '../../components/ui/name-text.js';
import { Pagination } from '../../components/ui/pagination.js';
import { RecordNotFound } from '../../components/ui/record-not-found.js';
import { SearchField } from '../../components/ui/search-field.js';
import { EmptyState, ErrorState, LoadState, Skeleton, useFailureMessage } from '../../components/ui/states.js';
import { TableScroll } from '../../components/ui/table-scroll.js';
import { useI18n } from '../../i18n/i18n.js';
import { type ContactDraft, ContactForm } from './contact-form.js';

export interface ContactsViewProps {
  state: ContactsState;
  rows: readonly ContactRow[];
  pageCount: number;
  orgs: readonly OrgNode[];
  defaultOrgId: string | null;
  /** `undefined`: no form open; `null`: a new contact; else the one being edited. */
  editing: ContactDetail | null | undefined;
  confirmDelete: ContactRow | null;
  /** The server lets only super-admins delete a contact (it deletes the person); others are not offered it. */
  canDelete: boolean;
  /** The search the URL asks for. */
  search: string;
  onSearch: (text: string) => void;
  onPage: (page: number) => void;
  onRetry: () => void;
  /** The contact the URL shows (`/contacts/:id`), or `null` for the list alone. */
  detailId: string | null;
  /** The list's URL (with its query): the way back from a detail. */
  listHref: string;
  /** A contact's detail URL (with the list's query). */
  detailHrefOf: (id: string) => string;
  onRetryDetail: (id: string) => void;
  onNew: () => void;
  onEdit: (contact: ContactDetail) => void;
  onSubmit: (draft: ContactDraft) => void;
  onCloseForm: () => void;
  onAskDelete: (row: ContactRow) => void;
  onConfirmDelete: () => void;
  onCancelDelete: () => void;
}

/** Contacts of the scope's org (document 003): search, list, detail, create, edit, delete. */
export function ContactsView(props: ContactsViewProps) {
  const { state, rows } = props;
  const { t, label, formatDateTime } = useI18n();
  const failureMessage = useFailureMessage();
  const hasRows = rows.length > 0;
  const detail = state.detail;
  // The bloc's detail as far as it is the URL's contact (a new URL shows no other contact while it loads).
  const shown = props.detailId !== null && detail.id === props.detailId ? detail.contact : null;
  const detailHeading = useRef<HTMLHeadingElement>(null);
  // Opening a contact moves focus to its detail (below the list on a phone, so it scrolls into view too).
  useEffect(() => {
    if (props.detailId !== null) detailHeading.current?.focus();
  }, [props.detailId]);
  const orgName = (id: string | undefined) => props.orgs.find((org) => org.org_id === id)?.name ?? id ?? '—';
  return (
    <section className="screen" aria-labelledby="contacts-title">
      <header className="screen-header">
        <h1 id="contacts-title">{t('contacts.title')}</h1>
        <div className="screen-actions">
          <button type="button" onClick={props.onNew}>
            {t('contacts.new')}
          </button>
        </div>
      </header>
      <div className="toolbar">
        <SearchField id="contacts-search" label={t('contacts.search')} value={props.search} onSearch={props.onSearch} />
      </div>
      {state.removal.failure ? (
        <p className="notice notice-error" role="alert">
          {t('contacts.deleteFailed')} {failureMessage(state.removal.failure)}
        </p>
      ) : null}
      <div className="split">
        <div className="split-main">
          <LoadState status={state.status} failure={state.failure} hasData={hasRows} onRetry={props.onRetry} rows={6} />
          {hasRows && state.failure && !state.failure.forbidden ? (
            <ErrorState failure={state.failure} onRetry={props.onRetry} />
          ) : null}
          {state.status === 'success' && !hasRows ? <EmptyState message={t('contacts.empty')} /> : null}
          {hasRows ? (
            <>
              <TableScroll labelledBy="contacts-title">
                <table className="table" aria-labelledby="contacts-title" aria-busy={state.status === 'loading'}>
                  <thead>
                    <tr>
                      <th scope="col">{t('contacts.col.name')}</th>
                      <th scope="col">{t('platform.col.email')}</th>
                      <th scope="col">{t('users.col.role')}</th>
                      {props.canDelete ? <th scope="col">{t('users.col.actions')}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.id} className={props.detailId === row.id ? 'row-current' : undefined}>
                        <td>
                          <Link
                            href={props.detailHrefOf(row.id)}
                            aria-current={props.detailId === row.id ? 'page' : undefined}
                          >
                            <NameText text={row.full_name} focusable={false} />
                          </Link>
                        </td>
                        <td>
                          <NameText text={row.email} />
                        </td>
                        <td>{row.role ? label('contacts.role.', row.role) : '—'}</td>
                        {props.canDelete ? (
                          <td>
                            <button
                              type="button"
                              className="link-button danger-text"
                              onClick={() => props.onAskDelete(row)}
                              aria-label={t('contacts.deleteOne', { name: row.full_name })}
                            >
                              {t('users.delete')}
                            </button>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <Pagination
                page={state.results?.query.page ?? 1}
                pageCount={props.pageCount}
                total={state.results?.total ?? 0}
                onPage={props.onPage}
                disabled={state.status === 'loading'}
              />
            </>
          ) : null}
        </div>
        {props.detailId !== null ? (
          <aside className="panel split-side" aria-labelledby="contact-detail-title">
            <div className="panel-header">
              <h2 id="contact-detail-title" tabIndex={-1} ref={detailHeading}>
                {shown ? <bdi>{shown.full_name}</bdi> : t('contacts.detail')}
              </h2>
              <Link
                href={props.listHref}
                className="icon-link"
                aria-label={t('detail.close')}
                title={t('detail.close')}
              >
                <X className="icon" aria-hidden="true" />
              </Link>
            </div>
            {detail.id !== props.detailId || (detail.status === 'loading' && !shown) ? <Skeleton rows={3} /> : null}
            {shown === null && detail.id === props.detailId && detail.failure?.code === 'NOT_FOUND' ? (
              <RecordNotFound
                message={t('contacts.notFound', { id: props.detailId })}
                backHref={props.listHref}
                backLabel={t('detail.back.contacts')}
              />
            ) : detail.id === props.detailId && detail.failure ? (
              <ErrorState failure={detail.failure} onRetry={() => props.onRetryDetail(props.detailId ?? '')} />
            ) : null}
            {shown ? (
              <>
                <dl className="detail-list">
                  <dt>{t('platform.col.email')}</dt>
                  <dd>
                    <bdi>{shown.email}</bdi>
                  </dd>
                  <dt>{t('users.col.role')}</dt>
                  <dd>{label('contacts.role.', shown.role)}</dd>
                  <dt>{t('scope.label')}</dt>
                  <dd>{orgName(shown.org_id)}</dd>
                  <dt>{t('users.col.status')}</dt>
                  <dd>{t(shown.is_active ? 'status.active' : 'status.inactive')}</dd>
                  {shown.created_at ? (
                    <>
                      <dt>{t('platform.col.created')}</dt>
                      <dd>{formatDateTime(shown.created_at)}</dd>
                    </>
                  ) : null}
                </dl>
                <button type="button" className="secondary" onClick={() => props.onEdit(shown)}>
                  {t('form.edit')}
                </button>
              </>
            ) : null}
          </aside>
        ) : null}
      </div>
      {props.editing !== undefined ? (
        <ContactForm
          contact={props.editing}
          orgs={props.orgs}
          defaultOrgId={props.defaultOrgId}
          edit={state.edit}
          onSubmit={props.onSubmit}
          onClose={props.onCloseForm}
        />
      ) : null}
      {props.confirmDelete ? (
        <ConfirmDialog
          title={t('contacts.confirmDelete.title')}
          body={<p>{t('orgs.confirmDelete.body', { name: props.confirmDelete.full_name })}</p>}
          confirmLabel={t('users.delete')}
          cancelLabel={t('dialog.cancel')}
          onConfirm={props.onConfirmDelete}
          onCancel={props.onCancelDelete}
          danger
        />
      ) : null}
    </section>
  );
}
