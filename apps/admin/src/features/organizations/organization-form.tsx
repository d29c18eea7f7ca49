import type { CreateOrganizationBody, EditState, Organization, OrganizationPlan } from 'admin-bloc';
import { Building2 } from 'lucide-react';
import { type FormEvent, useRef, useState } from 'react';
import { Dialog } from '../../components/ui/dialog.js';
import { useFieldMessage } from '../../components/ui/field-message.js';
import { FormField } from '../../components/ui/form-field.js';
import { slugFromName } from '../../components/ui/slug.js';
import { useFailureMessage } from '../../components/ui/states.js';
import { useFocusFirstInvalid } from '../../components/ui/use-focus-first-invalid.js';
import { useI18n } from '../../i18n/i18n.js';

const PLANS: readonly OrganizationPlan[] = ['free', 'pro', 'enterprise'];

/** Create or edit an organization; the bloc validates and reports per-field errors (its own and the server's). */
export function OrganizationForm({
  organization,
  parentName,
  edit,
  onSubmit,
  onClose,
}: {
  organization: Organization | null;
  /**
   * The organisation a new one is created under: document 002's create body has no parent field, and the server
   * places it under the creating admin's own organisation (the root of their tree), so the form says so instead
   * of offering a choice it cannot send.
   */
  parentName: string | null;
  edit: EditState;
  onSubmit: (draft: Partial<CreateOrganizationBody>) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const failureMessage = useFailureMessage();
  const fieldMessage = useFieldMessage();
  const [draft, setDraft] = useState<Partial<CreateOrganizationBody>>(
    organization
      ? {
          name: organization.name,
          slug: organization.slug,
          // A plan outside our list (another server's) is shown but not sent back: the server keeps it.
          ...((PLANS as readonly string[]).includes(organization.plan)
            ? { plan: organization.plan as OrganizationPlan }
            : {}),
        }
      : { plan: 'free' },
  );
  const errors = edit.fieldErrors;
  const saving = edit.status === 'loading';
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  // A new organisation's slug follows its name until the coordinator edits the slug.
  const [slugEdited, setSlugEdited] = useState(organization !== null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <Dialog title={t(organization ? 'orgs.edit' : 'orgs.new')} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        {organization === null && parentName !== null ? (
          <div className="form-parent" data-testid="org-parent">
            <p>
              <Building2 className="icon" aria-hidden="true" /> {t('orgs.parent', { org: parentName })}
            </p>
            <p className="muted">{t('orgs.parentWhy')}</p>
          </div>
        ) : null}
        <FormField label={t('orgs.col.name')} error={errors.name && fieldMessage('name', errors.name)}>
          {(props) => (
            <input
              {...props}
              value={draft.name ?? ''}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  name: event.target.value,
                  ...(slugEdited ? {} : { slug: slugFromName(event.target.value) }),
                })
              }
            />
          )}
        </FormField>
        <FormField label={t('orgs.col.slug')} error={errors.slug && fieldMessage('slug', errors.slug)}>
          {(props) => (
            <input
              {...props}
              value={draft.slug ?? ''}
              onChange={(event) => {
                setSlugEdited(true);
                setDraft({ ...draft, slug: event.target.value });
              }}
            />
          )}
        </FormField>
        <FormField label={t('orgs.col.plan')} error={errors.plan && fieldMessage('plan', errors.plan)}>
          {(props) => (
            <select
              {...props}
              value={draft.plan ?? ''}
              onChange={(event) => setDraft({ ...draft, plan: event.target.value as OrganizationPlan })}
            >
              {draft.plan === undefined && organization ? <option value="">{organization.plan}</option> : null}
              {PLANS.map((plan) => (
                <option key={plan} value={plan}>
                  {plan}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {edit.failure && Object.keys(errors).length === 0 ? (
          <p role="alert" className="error-text">
            {failureMessage(edit.failure)}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" disabled={saving}>
            {saving ? t('form.saving') : t('dialog.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
