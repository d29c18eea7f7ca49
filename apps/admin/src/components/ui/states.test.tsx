import { cleanup, render, screen } from '@testing-library/react';
import { AdminApiError, toFailure } from 'admin-bloc';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n.js';
import { ErrorState } from './states.js';

afterEach(cleanup);

const conflict = (serverMessage: string) =>
  toFailure(new AdminApiError({ code: 'CONFLICT', status: 409, serverMessage }));

describe('failure messages from code and params', () => {
  it.each([
    ['nb', 'Organization org_tY2zLm still has child orgs', 'Organisasjonen har underorganisasjoner.'],
    ['nb', 'Organization org_pL6sDe still has members', 'Organisasjonen har fortsatt medlemmer.'],
    ['en', 'Organization org_pL6sDe still has members', 'The organisation still has members.'],
    ['nb', 'Version mismatch', 'Dette finnes allerede, eller noen endret det samtidig.'],
  ] as const)('%s: a 409 “%s” says “%s”', (locale, serverMessage, shown) => {
    render(
      <I18nProvider initial={locale}>
        <ErrorState failure={conflict(serverMessage)} />
      </I18nProvider>,
    );
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain(shown);
    // The package's English default and the server's own words never reach a Norwegian screen.
    if (locale === 'nb') expect(text).not.toMatch(/organisation|Organization|mismatch/);
  });
});
