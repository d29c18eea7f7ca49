import { LIBERAL_PEOPLE, LIBERAL_VALUES } from 'admin-bloc/mocks';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser.js';

/**
 * On the liberal mock profile (another valid server, chosen here for this file whatever profile the suite runs on),
 * every screen shows the values outside our lists as the server sent them — a role, a status, a plan — with a
 * non-ASCII e-mail and a right-to-left name, in Norwegian and in English, with no page or console error.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const RTL = LIBERAL_PEOPLE.rtl.fullName;
const NON_ASCII_EMAIL = LIBERAL_PEOPLE.nonAscii.email;

/** The text of the first table row that contains `text`, once it is drawn and visible. */
async function rowWith(page: Page, text: string): Promise<string> {
  const row = page.locator('table tbody tr').filter({ hasText: text }).first();
  await row.waitFor();
  expect(await row.isVisible()).toBe(true);
  return row.innerText();
}

async function search(page: Page, inputId: string, text: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.waitFor();
  await input.fill(text);
}

/** Runs in the page before the app: the liberal profile and the language (init scripts cannot close over values). */
const LIBERAL_IN = {
  nb: () => {
    localStorage.setItem('admin-bloc.mock-profile', 'liberal');
    localStorage.setItem('admin-bloc.locale', 'nb');
  },
  en: () => {
    localStorage.setItem('admin-bloc.mock-profile', 'liberal');
    localStorage.setItem('admin-bloc.locale', 'en');
  },
};

describe.each(['nb', 'en'] as const)('values outside our lists, in %s', (locale) => {
  it('every screen shows them as sent, with a non-ASCII e-mail and a right-to-left name', async () => {
    const { page, problems } = await openApp(browser, '/users', { initScript: LIBERAL_IN[locale] });
    const go = async (path: string) => {
      await page.goto(new URL(path, page.url()).href);
    };

    // Users (document 000): the role and status no list of ours has, next to a right-to-left name.
    await go(`/users?q=${encodeURIComponent(RTL)}`);
    const user = await rowWith(page, RTL);
    expect(user).toContain(LIBERAL_VALUES.dataRole);
    expect(user).toContain(LIBERAL_VALUES.dataStatus);

    // Contacts (document 003): the unlisted role, the non-ASCII e-mail, and the right-to-left name.
    await go('/contacts');
    await search(page, 'contacts-search', 'eksempel.no');
    const contact = await rowWith(page, NON_ASCII_EMAIL);
    expect(contact).toContain(LIBERAL_VALUES.contactRole);
    expect(contact).toContain(LIBERAL_PEOPLE.nonAscii.fullName);
    expect(await rowWith(page, RTL)).toContain(LIBERAL_PEOPLE.rtl.email);

    // Peer mentors (document 003): the right-to-left name in the directory.
    await go('/peer-mentors');
    await search(page, 'mentors-search', RTL);
    await rowWith(page, RTL);

    // Organizations (document 002): the plan outside our list.
    await go('/organizations');
    expect(await rowWith(page, 'Rogaland Nord')).toContain(LIBERAL_VALUES.plan);

    // Platform (document 004): the unlisted status, with both e-mails and names.
    await go('/platform');
    await search(page, 'platform-search', 'eksempel');
    const platformUser = await rowWith(page, NON_ASCII_EMAIL);
    expect(platformUser).toContain(LIBERAL_VALUES.platformStatus);
    expect(await rowWith(page, RTL)).toContain(LIBERAL_VALUES.platformStatus);

    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
