import {
  type ContactDetail,
  type ContactRow,
  ContactsBloc,
  type CreateContactBody,
  selectContactRows,
  selectContactsPageCount,
  selectIsAuthenticated,
} from 'admin-bloc';
import { BlocProvider, useBloc, useBlocListener, useBlocState } from 'admin-bloc/react';
import { useEffect, useState } from 'react';
import { detailHref, listHref, useDetailId } from '../../app/detail-route.js';
import { navigate, useLocation } from '../../app/router.js';
import { parseSearchPage } from '../../app/search-page-url.js';
import { useServices } from '../../app/services-context.js';
import { useUrlCodec } from '../../app/use-url-codec.js';
import { showToast } from '../../components/ui/toasts.js';
import { useI18n } from '../../i18n/i18n.js';
import { contactsCodec } from './contacts-url.js';
import { ContactsView } from './contacts-view.js';

/**
 * Creates the contacts bloc; it follows the org scope and loads the scope's contacts by itself, searched already
 * when the link asks for a search.
 */
export function ContactsPage() {
  const { client, scope } = useServices();
  return (
    <BlocProvider
      create={() =>
        new ContactsBloc({ client, scope, search: parseSearchPage(new URLSearchParams(location.search)).q })
      }
    >
      <ContactsConnected />
    </BlocProvider>
  );
}

function ContactsConnected() {
  const { orgTree, scope, sessionBloc } = useServices();
  const bloc = useBloc(ContactsBloc);
  const state = useBlocState(ContactsBloc);
  const { t } = useI18n();
  const orgs = useBlocState(orgTree, (tree) => tree.nodes);
  // Document 003 does not restrict deleting a contact: every admin is offered it (only 000's hard delete is
  // super-admin only).
  const canDelete = useBlocState(sessionBloc, selectIsAuthenticated);
  const [editing, setEditing] = useState<ContactDetail | null | undefined>(undefined);
  const [confirmDelete, setConfirmDelete] = useState<ContactRow | null>(null);
  useBlocListener(
    bloc,
    () => {
      setEditing(undefined);
      showToast(t('toast.saved'));
    },
    (previous, current) => previous.edit.status === 'loading' && current.edit.status === 'success',
  );
  useBlocListener(
    bloc,
    () => showToast(t('toast.deleted')),
    (previous, current) => previous.removal.status === 'loading' && current.removal.status === 'success',
  );
  const url = useUrlCodec(bloc, state, contactsCodec);
  // The open contact is the URL's (`/contacts/:id`): a reload or a shared link opens it, Back closes it. It is
  // read once the bloc knows its scope, as a new scope drops the old scope's detail (and so reads it again).
  const detailId = useDetailId('/contacts');
  const { search: listQuery } = useLocation();
  const scopeKnown = state.query.scopeKey !== null;
  useEffect(() => {
    if (detailId !== null && scopeKnown && state.detail.id !== detailId)
      void bloc.add({ type: 'contacts/detailRequested', id: detailId });
  }, [bloc, detailId, scopeKnown, state.detail.id]);
  // The open contact deleted: back to the list rather than a not-found page.
  useBlocListener(
    bloc,
    (current) => {
      if (current.removal.id === detailId) navigate(listHref('/contacts', listQuery), { replace: true });
    },
    (previous, current) => previous.removal.status === 'loading' && current.removal.status === 'success',
  );
  const current = scope.current;
  return (
    <ContactsView
      detailId={detailId}
      listHref={listHref('/contacts', listQuery)}
      detailHrefOf={(id) => detailHref('/contacts', id, listQuery)}
      state={state}
      rows={selectContactRows(state)}
      pageCount={selectContactsPageCount(state)}
      orgs={orgs}
      defaultOrgId={current ? (current.selectedOrgId ?? current.rootOrgId) : null}
      editing={editing}
      confirmDelete={confirmDelete}
      canDelete={canDelete}
      search={url.q}
      onSearch={(search) => void bloc.add({ type: 'contacts/searchChanged', search })}
      onPage={(page) => void bloc.add({ type: 'contacts/pageRequested', page })}
      onRetry={() => void bloc.add({ type: 'contacts/refreshRequested' })}
      onRetryDetail={(id) => void bloc.add({ type: 'contacts/detailRequested', id })}
      onNew={() => {
        void bloc.add({ type: 'contacts/editDismissed' });
        setEditing(null);
      }}
      onEdit={(contact) => {
        void bloc.add({ type: 'contacts/editDismissed' });
        setEditing(contact);
      }}
      onSubmit={(draft) => {
        if (editing) void bloc.add({ type: 'contacts/updateSubmitted', id: editing.id, changes: draft });
        else {
          const { is_active: _ignored, ...create } = draft;
          void bloc.add({ type: 'contacts/createSubmitted', draft: create as Partial<CreateContactBody> });
        }
      }}
      onCloseForm={() => {
        setEditing(undefined);
        void bloc.add({ type: 'contacts/editDismissed' });
      }}
      onAskDelete={setConfirmDelete}
      onConfirmDelete={() => {
        if (confirmDelete) void bloc.add({ type: 'contacts/deleteRequested', id: confirmDelete.id });
        setConfirmDelete(null);
      }}
      onCancelDelete={() => setConfirmDelete(null)}
    />
  );
}
