import type { ContactDetail, ContactRole, CreateContactBody, EditState, OrgNode } from 'admin-bloc';
import { type FormEvent, useRef, useState } from 'react';
import { Dialog } from '../../components/ui/dialog.js';
import { useFieldMessage } from '../../components/ui/field-message.js';
import { FormField } from '../../components/ui/form-field.js';
import { useFailureMessage } from '../../components/ui/states.js';
import { useFocusFirstInvalid } from '../../components/ui/use-focus-first-invalid.js';
import { useI18n } from '../../i18n/i18n.js';

export const CONTACT_ROLES: readonly ContactRole[] = ['peer_mentor', 'coordinator', 'admin'];

function isContactRole(role: string): role is ContactRole {
  return (CONTACT_ROLES as readonly string[]).includes(role);
}

export type ContactDraft = Partial<CreateContactBody> & { is_active?: boolean };

/** Create or edit a contact; per-field errors come from the bloc (the contract's schema and the server's 400/409). */
export function ContactForm({
  contact,
  orgs,
  defaultOrgId,
  edit,
  onSubmit,
  onClose,
}: {
  contact: ContactDetail | null;
  orgs: readonly OrgNode[];
  defaultOrgId: string | null;
  edit: EditState;
  onSubmit: (draft: ContactDraft) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const failureMessage = useFailureMessage();
  const fieldMessage = useFieldMessage();
  const [draft, setDraft] = useState<ContactDraft>(
    contact
      ? {
          full_name: contact.full_name,
          email: contact.email,
          // A role outside our list (another server's) is shown but not sent back: the server keeps it.
          ...(isContactRole(contact.role) ? { role: contact.role } : {}),
          org_id: contact.org_id,
          is_active: contact.is_active,
        }
      : { role: 'peer_mentor', ...(defaultOrgId ? { org_id: defaultOrgId } : {}) },
  );
  const errors = edit.fieldErrors;
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <Dialog title={t(contact ? 'contacts.edit' : 'contacts.new')} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <FormField
          label={t('contacts.col.name')}
          error={errors.full_name && fieldMessage('full_name', errors.full_name)}
        >
          {(props) => (
            <input
              {...props}
              value={draft.full_name ?? ''}
              onChange={(event) => setDraft({ ...draft, full_name: event.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('platform.col.email')} error={errors.email && fieldMessage('email', errors.email)}>
          {(props) => (
            <input
              {...props}
              type="email"
              value={draft.email ?? ''}
              onChange={(event) => setDraft({ ...draft, email: event.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('users.col.role')} error={errors.role && fieldMessage('role', errors.role)}>
          {(props) => (
            <select
              {...props}
              value={draft.role ?? ''}
              onChange={(event) => setDraft({ ...draft, role: event.target.value as ContactRole })}
            >
              {draft.role === undefined && contact ? <option value="">{contact.role}</option> : null}
              {CONTACT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`contacts.role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('scope.label')} error={errors.org_id && fieldMessage('org_id', errors.org_id)}>
          {(props) => (
            <select
              {...props}
              value={draft.org_id ?? ''}
              onChange={(event) => setDraft({ ...draft, org_id: event.target.value })}
            >
              <option value="">—</option>
              {orgs.map((org) => (
                <option key={org.org_id} value={org.org_id}>
                  {org.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {contact ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.is_active ?? false}
              onChange={(event) => setDraft({ ...draft, is_active: event.target.checked })}
            />
            {t('status.active')}
          </label>
        ) : null}
        {edit.failure && Object.keys(errors).length === 0 ? (
          <p role="alert" className="error-text">
            {failureMessage(edit.failure)}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" disabled={edit.status === 'loading'}>
            {edit.status === 'loading' ? t('form.saving') : t('dialog.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
