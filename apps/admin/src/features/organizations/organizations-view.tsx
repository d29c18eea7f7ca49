import type { CreateOrganizationBody, Organization, OrganizationsState } from 'admin-bloc';
import { ConfirmDialog } from '../../components/ui/dialog.js';
import { NameText } from '../../components/ui/name-text.js';
import { Pagination } from '../../components/ui/pagination.js';
import { SearchField } from '../../components/ui/search-field.js';
import { EmptyState, ErrorState, LoadState, useFailureMessage } from '../../components/ui/states.js';
import { TableScroll } from '../../components/ui/table-scroll.js';
import { useI18n } from '../../i18n/i18n.js';
import { OrganizationForm } from './organization-form.js';

export interface OrganizationsViewProps {
  state: OrganizationsState;
  organizations: readonly Organization[];
  pageCount: number;
  /** `undefined`: no form open; `null`: a new organization; else the one being edited. */
  editing: Organization | null | undefined;
  confirmDelete: Organization | null;
  /** The search the URL asks for. */
  search: string;
  onSearch: (text: string) => void;
  onPage: (page: number) => void;
  onRetry: () => void;
  onNew: () => void;
  onEdit: (organization: Organization) => void;
  onSubmit: (draft: Partial<CreateOrganizationBody>) => void;
  onCloseForm: () => void;
  onAskDelete: (organization: Organization) => void;
  onConfirmDelete: () => void;
  onCancelDelete: () => void;
  /** The name of the organisation a new one is created under (the root of the admin's tree), once known. */
  parentName: string | null;
  /** The root organisation of the tree: no delete is offered for it (the server refuses it). */
  rootOrgId: string | null;
  /** Whether an organisation has child orgs, to say why the server refused its delete. */
  hasChildOrgs: (id: string) => boolean;
}

/** Organizations (document 002): search, table, create, edit and delete. */
export function OrganizationsView(props: OrganizationsViewProps) {
  const { state, organizations } = props;
  const { t, formatDate } = useI18n();
  const failureMessage = useFailureMessage();
  const hasRows = organizations.length > 0;
  return (
    <section className="screen" aria-labelledby="orgs-title">
      <header className="screen-header">
        <h1 id="orgs-title">{t('orgs.title')}</h1>
        <p className="muted scope-note">{t('scope.wholeTenant')}</p>
        <div className="screen-actions">
          <button type="button" onClick={props.onNew}>
            {t('orgs.new')}
          </button>
        </div>
      </header>
      <div className="toolbar">
        <SearchField id="orgs-search" label={t('orgs.search')} value={props.search} onSearch={props.onSearch} />
      </div>
      {state.removal.failure ? (
        <p className="notice notice-error" role="alert">
          {t('orgs.deleteFailed')}{' '}
          {state.removal.failure.code === 'CONFLICT' &&
          state.removal.failure.params?.conflict === undefined &&
          state.removal.id !== null
            ? // A server that words its 409 otherwise: the org tree tells the two refusals apart.
              t(props.hasChildOrgs(state.removal.id) ? 'orgs.deleteHasChildren' : 'orgs.deleteHasMembers')
            : failureMessage(state.removal.failure)}
        </p>
      ) : null}
      <LoadState status={state.status} failure={state.failure} hasData={hasRows} onRetry={props.onRetry} rows={6} />
      {hasRows && state.failure && !state.failure.forbidden ? (
        <ErrorState failure={state.failure} onRetry={props.onRetry} />
      ) : null}
      {state.status === 'success' && !hasRows ? <EmptyState message={t('orgs.empty')} /> : null}
      {hasRows ? (
        <>
          <TableScroll labelledBy="orgs-title">
            <table className="table" aria-labelledby="orgs-title" aria-busy={state.status === 'loading'}>
              <thead>
                <tr>
                  <th scope="col">{t('orgs.col.name')}</th>
                  <th scope="col">{t('orgs.col.slug')}</th>
                  <th scope="col">{t('orgs.col.plan')}</th>
                  <th scope="col">{t('orgs.col.updated')}</th>
                  <th scope="col">{t('users.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {organizations.map((organization) => (
                  <tr key={organization.id}>
                    <td>
                      <NameText text={organization.name} />
                    </td>
                    <td>
                      <code>{organization.slug}</code>
                    </td>
                    <td>{organization.plan}</td>
                    <td>{formatDate(organization.updated_at)}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => props.onEdit(organization)}
                        aria-label={t('orgs.editOne', { name: organization.name })}
                      >
                        {t('form.edit')}
                      </button>
                      {organization.id === props.rootOrgId ? null : (
                        <button
                          type="button"
                          className="link-button danger-text"
                          onClick={() => props.onAskDelete(organization)}
                          aria-label={t('orgs.deleteOne', { name: organization.name })}
                          disabled={state.removal.status === 'loading' && state.removal.id === organization.id}
                        >
                          {t('users.delete')}
                        </button>
                      )}
                    </td>
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
      {props.editing !== undefined ? (
        <OrganizationForm
          organization={props.editing}
          parentName={props.parentName}
          edit={state.edit}
          onSubmit={props.onSubmit}
          onClose={props.onCloseForm}
        />
      ) : null}
      {props.confirmDelete ? (
        <ConfirmDialog
          title={t('orgs.confirmDelete.title')}
          body={<p>{t('orgs.confirmDelete.body', { name: props.confirmDelete.name })}</p>}
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
