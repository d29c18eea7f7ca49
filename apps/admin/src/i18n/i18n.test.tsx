import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isolated } from '../test-support/isolated.js';
import { createI18n, I18nProvider, useI18n } from './i18n.js';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** The right-to-left name of the mocks' liberal profile. */
const RTL_NAME = 'سارة الحربي';

describe('names inside translated sentences', () => {
  it('a right-to-left name is isolated, so the Norwegian and English words around it keep their order', () => {
    expect(createI18n('nb').t('users.confirmDelete.body', { name: RTL_NAME })).toBe(
      `\u2068${RTL_NAME}\u2069 slettes. Du kan angre i noen sekunder etterpå.`,
    );
    expect(createI18n('en').t('toast.statusSaved', { name: 'שרה כהן', status: 'active' })).toBe(
      '\u2068שרה כהן\u2069 is now \u2068active\u2069.',
    );
  });

  it('a file name before a count is isolated, so the count cannot join a right-to-left run', () => {
    expect(
      createI18n('nb').t('import.previewSummary', { file: 'רשימה.csv', rows: '10 000', valid: 9, invalid: '1' }),
    ).toBe(`${isolated('רשימה.csv')}: 10 000 rader, 9 gyldige, 1 med feil.`);
  });

  it('numbers, and numbers already formatted as text, are left as they are', () => {
    expect(createI18n('nb').t('pager.status', { page: 2, pages: '1 234', total: '12 345' })).toBe(
      'Side 2 av 1 234 (12 345 totalt)',
    );
  });

  it('a placeholder without a value stays visible, and a key of the object prototype is no value', () => {
    expect(createI18n('en').t('users.deleted', {})).toBe('{name} was deleted.');
    expect(createI18n('en').t('users.deleted', { constructor: 'x' } as Record<string, string>)).toBe(
      '{name} was deleted.',
    );
  });

  it('on screen: the sentence a component renders holds the isolated name', () => {
    function Deleted() {
      const { t } = useI18n();
      return <p>{t('users.deleted', { name: RTL_NAME })}</p>;
    }
    render(
      <I18nProvider initial="nb">
        <Deleted />
      </I18nProvider>,
    );
    expect(screen.getByText(`${isolated(RTL_NAME)} er slettet.`)).toBeTruthy();
  });
});
