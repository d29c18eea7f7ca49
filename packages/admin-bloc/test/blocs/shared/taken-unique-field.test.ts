import { describe, expect, it } from 'vitest';
import { ContactsBloc } from '../../../src/blocs/contacts/contacts-bloc.js';
import { OrganizationsBloc } from '../../../src/blocs/organizations/organizations-bloc.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { createScopedRig, manualTimers, NORD, settled, setupBlocBackend, testClient } from './test-support.js';

// A create whose unique field the server already holds is refused with a 409; the form shows the server's own
// message on that field, the same for a contact (its e-mail) and an organization (its slug).

setupBlocBackend();

/** What a case needs of a form bloc: the edit part of its state, whatever its events are called. */
interface FormBloc {
  readonly state: { readonly edit: unknown };
  close(): Promise<void>;
}

interface TakenUniqueField {
  readonly field: string;
  /** The server's message for the taken value, as the coordinator reads it under the field. */
  readonly message: string;
  /** Opens the bloc as its screen does and submits a create whose `field` the seed already holds. */
  submitTaken(): Promise<FormBloc>;
}

const FORMS: Record<string, TakenUniqueField> = {
  'ContactsBloc, a taken e-mail': {
    field: 'email',
    message: 'A user with email ane.berg@org.no already exists',
    async submitTaken() {
      const { client, scope } = await createScopedRig(NORD, DEMO_TOKENS.admin);
      const bloc = new ContactsBloc({ client, scope, timers: manualTimers(), searchDebounceMs: 300 });
      await settled(bloc);
      await bloc.add({
        type: 'contacts/createSubmitted',
        draft: { full_name: 'Ane Berg Again', email: 'ane.berg@org.no', role: 'peer_mentor' },
      });
      return bloc;
    },
  },
  'OrganizationsBloc, a taken slug': {
    field: 'slug',
    message: 'An organization with slug rogaland-nord already exists',
    async submitTaken() {
      const client = testClient({ token: DEMO_TOKENS.admin });
      const bloc = new OrganizationsBloc({ client, timers: manualTimers(), searchDebounceMs: 300, pageSize: 20 });
      await bloc.add({
        type: 'organizations/createSubmitted',
        draft: { name: 'Another Rogaland', slug: 'rogaland-nord', plan: 'free' },
      });
      return bloc;
    },
  },
};

describe.each(Object.entries(FORMS))('%s', (_name, form) => {
  it('the 409 lands on that field, with the server’s message', async () => {
    const bloc = await form.submitTaken();
    expect(bloc.state.edit).toMatchObject({
      status: 'failure',
      fieldErrors: { [form.field]: form.message },
      failure: { code: 'CONFLICT', status: 409 },
    });
    await bloc.close();
  });
});
