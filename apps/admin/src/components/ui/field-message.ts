import { type MessageKey, useI18n } from '../../i18n/i18n.js';

const FIELD_KEYS: Readonly<Record<string, MessageKey>> = {
  full_name: 'field.name',
  name: 'field.name',
  email: 'field.email',
  slug: 'field.slug',
  org_id: 'field.org',
  role: 'field.choice',
  plan: 'field.choice',
};

/**
 * Field errors arrive as the contract validator's or the server's English text; coordinators get a message in their
 * language for each field instead. A "taken" answer from the server (409) has its own message.
 */
export function useFieldMessage(): (field: string, raw: string) => string {
  const { t } = useI18n();
  return (field, raw) => {
    if (/exist|taken|already|duplicate|in use/i.test(raw)) return t('field.taken');
    const key = FIELD_KEYS[field];
    return key ? t(key) : raw;
  };
}
