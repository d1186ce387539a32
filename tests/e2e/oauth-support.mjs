// Shared steps of the OAuth end-to-end tests: open the OAuth bank, go to its page in a popup,
// check that the bank's page never loaded inside a frame.
import assert from 'node:assert/strict';
import { openHost } from './support.mjs';

/** Opens the OAuth bank's instructions; returns the page, the widget and the Continue button. */
export async function openOAuthBank(browser, hostParams = {}) {
  const opened = await openHost(browser, hostParams);
  const { widget } = opened;
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('oauth bank');
  await widget.getByRole('option', { name: /^OAuth Bank/ }).click();
  await widget.getByRole('heading', { name: 'Sign in with OAuth Bank' }).waitFor();
  const proceed = widget.getByRole('button', { name: 'Continue to OAuth Bank' });
  await proceed.and(widget.locator(':enabled')).waitFor();
  return { ...opened, proceed };
}

/** Clicks Continue and returns the bank's page in its popup. */
export async function continueToBank(page, proceed) {
  const [popup] = await Promise.all([page.waitForEvent('popup'), proceed.click()]);
  await popup.waitForLoadState();
  return popup;
}

/** No frame of the host page ever showed the bank's page. */
export function assertBankNeverFramed(page) {
  assert.ok(page.frames().every((frame) => !frame.url().includes('fake-bank')), page.frames().map((f) => f.url()).join());
}
