// The keyboard-only journey in every language (issue 14): search, pick, sign in with a refused
// password first, connect and finish with "Done", by keys alone; every name the test looks for is
// the catalogue's own text (fr-CA falling back to fr, then English, as the widget does).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { catalogueText, hostEventData, launch, openHost, waitForEvent, widgetFrame } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Whether the element `locator` finds has the focus. */
const focused = (locator) => locator.evaluate((element) => element === document.activeElement);

for (const locale of ['en', 'es', 'fr-CA', 'ro', 'sv']) {
  test(`keyboard only, ${locale}: search, a refused password, connected, Done`, async () => {
    const { page, widget, pageErrors } = await openHost(browser, { locale });
    const t = (key, values) => catalogueText(locale, key, values);
    const search = widget.getByRole('combobox', { name: t('search.label') });
    await widget.getByRole('heading', { name: t('search.popular_heading') }).waitFor();
    await search.focus(); // where a user's first Tab into the frame lands
    await page.keyboard.type('sandbox bank');
    await widget.getByRole('heading', { name: t('search.results_heading', { query: 'sandbox bank' }) }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    const signIn = widget.getByRole('heading', { name: t('credentials.heading', { institution: 'Sandbox Bank' }) });
    await signIn.waitFor();
    await widgetFrame(page).waitForFunction((heading) => heading === document.activeElement, await signIn.elementHandle());
    await page.keyboard.press('Tab');
    assert.ok(await focused(widget.getByLabel('Username')), 'Tab from the heading reaches the first field');
    await page.keyboard.type('user_good');
    await page.keyboard.press('Tab');
    await page.keyboard.type('wrong');
    await page.keyboard.press('Enter');

    // Refused: the password is emptied and has the focus, the username is kept.
    const password = widget.getByLabel('Password', { exact: true });
    await widgetFrame(page).waitForFunction((field) => field === document.activeElement, await password.elementHandle(), { timeout: 20000 });
    assert.equal(await widget.getByLabel('Username').inputValue(), 'user_good');
    await page.keyboard.type('pass_good');
    await page.keyboard.press('Enter');

    const connected = widget.getByRole('heading', { name: t('connected.heading') });
    await connected.waitFor({ timeout: 20000 });
    await widgetFrame(page).waitForFunction((heading) => heading === document.activeElement, await connected.elementHandle());
    await page.keyboard.press('Tab');
    assert.ok(await focused(widget.getByRole('button', { name: t('connected.done') })), 'Done is the first action');
    await page.keyboard.press('Enter');
    await waitForEvent(page, 'connect/connected/primaryAction');
    assert.equal((await hostEventData(page)).some((event) => JSON.stringify(event).includes('pass_good')), false);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
}
