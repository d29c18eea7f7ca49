import { type Organization, OrganizationsBloc, selectOrganizations, selectOrganizationsPageCount } from 'admin-bloc';
import { BlocProvider, useBloc, useBlocListener, useBlocState } from 'admin-bloc/react';
import { useState } from 'react';
import { useServices } from '../../app/services-context.js';
import { useUrlCodec } from '../../app/use-url-codec.js';
import { showToast } from '../../components/ui/toasts.js';
import { useI18n } from '../../i18n/i18n.js';
import { organizationsCodec } from './organizations-url.js';
import { OrganizationsView } from './organizations-view.js';

/** Creates the organizations bloc; its URL decides the first load (a shared search, or the first page). */
export function OrganizationsPage() {
  const { client } = useServices();
  return (
    <BlocProvider create={() => new OrganizationsBloc({ client })}>
      <OrganizationsConnected />
    </BlocProvider>
  );
}

function OrganizationsConnected() {
  const bloc = useBloc(OrganizationsBloc);
  const state = useBlocState(OrganizationsBloc);
  const { t } = useI18n();
  const { orgTree } = useServices();
  const [editing, setEditing] = useState<Organization | null | undefined>(undefined);
  const [confirmDelete, setConfirmDelete] = useState<Organization | null>(null);
  const url = useUrlCodec(bloc, state, organizationsCodec);
  // A saved form closes itself; the list already shows the saved organization.
  useBlocListener(
    bloc,
    () => {
      setEditing(undefined);
      showToast(t('toast.saved'));
      // A new or renamed organisation shows in the scope tree at once, not after the next sign-in.
      orgTree.add({ type: 'orgTree/reloadRequested' });
    },
    (previous, current) => previous.edit.status === 'loading' && current.edit.status === 'success',
  );
  useBlocListener(
    bloc,
    () => showToast(t('toast.deleted')),
    (previous, current) => previous.removal.status === 'loading' && current.removal.status === 'success',
  );
  const closeForm = () => {
    setEditing(undefined);
    void bloc.add({ type: 'organizations/editDismissed' });
  };
  // The server refuses to delete the root organisation and one with child orgs: the tree says which is which.
  const { scope } = useServices();
  const tree = scope.tree ?? [];
  return (
    <OrganizationsView
      rootOrgId={scope.current?.rootOrgId ?? null}
      parentName={tree.find((node) => node.org_id === scope.current?.rootOrgId)?.name ?? null}
      hasChildOrgs={(id) => tree.some((node) => node.parent_org_id === id)}
      state={state}
      organizations={selectOrganizations(state)}
      pageCount={selectOrganizationsPageCount(state)}
      editing={editing}
      confirmDelete={confirmDelete}
      search={url.q}
      onSearch={(search) => void bloc.add({ type: 'organizations/searchChanged', search })}
      onPage={(page) => void bloc.add({ type: 'organizations/pageRequested', page })}
      onRetry={() => void bloc.add({ type: 'organizations/refreshRequested' })}
      onNew={() => {
        void bloc.add({ type: 'organizations/editDismissed' });
        setEditing(null);
      }}
      onEdit={(organization) => {
        void bloc.add({ type: 'organizations/editDismissed' });
        setEditing(organization);
      }}
      onSubmit={(draft) =>
        void bloc.add(
          editing
            ? { type: 'organizations/updateSubmitted', id: editing.id, changes: draft }
            : { type: 'organizations/createSubmitted', draft },
        )
      }
      onCloseForm={closeForm}
      onAskDelete={setConfirmDelete}
      onConfirmDelete={() => {
        if (confirmDelete) void bloc.add({ type: 'organizations/deleteRequested', id: confirmDelete.id });
        setConfirmDelete(null);
      }}
      onCancelDelete={() => setConfirmDelete(null)}
    />
  );
}
