// The widget's look as the host configures it (issue 14): a colour scheme that follows the system,
// the whole frame (and the crash screen) in the widget's colours, the compact template, and a
// brand colour used only where it is readable.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, hostEventData, launch, openHost, pickBank, waitForEvent } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 25, 29)';

/** The computed `property` of the element `locator` finds. */
const style = (locator, property) => locator.evaluate((element, name) => getComputedStyle(element)[name], property);

test('color_scheme=auto follows the system as it changes, and the whole frame with it', async () => {
  const { page, widget, pageErrors } = await openHost(browser, { color_scheme: 'auto' });
  await page.emulateMedia({ colorScheme: 'dark' });
  const search = widget.getByRole('combobox', { name: 'Search for your bank' });
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
  const frameBackground = () => style(widget.locator('html'), 'backgroundColor');
  assert.equal(await style(search, 'backgroundColor'), DARK);
  assert.equal(await frameBackground(), DARK, 'the frame, not only the widget');
  assert.deepEqual(await axeViolations(page), [], 'dark is axe-clean');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await style(search, 'backgroundColor'), WHITE);
  assert.equal(await frameBackground(), WHITE);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('the crash screen keeps the dark scheme and fills the frame', async () => {
  const { page, widget } = await openHost(browser, { color_scheme: 'dark' });
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('sandbox panic');
  const alert = widget.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await alert.waitFor();
  assert.equal(await style(alert, 'backgroundColor'), DARK);
  assert.equal(await style(widget.locator('html'), 'backgroundColor'), DARK);
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('ux_template=compact draws the same step in less space, axe-clean', async () => {
  const heights = {};
  for (const template of ['default', 'compact']) {
    const { page, widget } = await openHost(browser, { ux_template: template });
    const search = widget.getByRole('combobox', { name: 'Search for your bank' });
    await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
    heights[template] = (await search.boundingBox()).height;
    assert.deepEqual(await axeViolations(page), [], template);
    await page.close();
  }
  assert.ok(heights.compact < heights.default, `compact ${heights.compact} px < default ${heights.default} px`);
  assert.ok(heights.compact >= 24, 'still a 24 px target');
});

test('a readable brand colour fills the primary action; an unreadable one is reported and left out', async () => {
  const primaryBackground = async (params) => {
    const { page, widget, pageErrors } = await openHost(browser, params);
    await pickBank(widget, 'sandbox bank', 'Sandbox Bank');
    const background = await style(widget.getByRole('button', { name: 'Continue' }), 'backgroundColor');
    assert.deepEqual(await axeViolations(page), [], JSON.stringify(params));
    assert.deepEqual(pageErrors, [], 'set as properties: the strict CSP allows them');
    const events = await hostEventData(page);
    await page.close();
    return { background, errors: events.filter((event) => event.type === 'connect/error').map((event) => event.metadata) };
  };
  const brand = await primaryBackground({ brand_color: '#c2185b' });
  assert.deepEqual(brand, { background: 'rgb(194, 24, 91)', errors: [] });
  // Yellow has 1.5:1 against white: the widget keeps its own blue and says why.
  const yellow = await primaryBackground({ brand_color: '#ffcc00' });
  assert.equal(yellow.background, 'rgb(11, 87, 208)');
  assert.equal(yellow.errors.length, 1);
  assert.equal(yellow.errors[0].code, 'invalid_config');
  assert.match(yellow.errors[0].message, /brand_color.*4\.5:1/);
  // In the dark scheme the same yellow is readable, and used.
  const dark = await primaryBackground({ brand_color: '#ffcc00', color_scheme: 'dark' });
  assert.deepEqual(dark, { background: 'rgb(255, 204, 0)', errors: [] });
});

test('the connected and error screens show the institution and a mark', async () => {
  const { page, widget } = await openHost(browser);
  await pickBank(widget, 'sandbox bank', 'Sandbox Bank');
  await widget.getByLabel('Username').fill('user_good');
  await widget.getByLabel('Password', { exact: true }).fill('pass_good');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  await waitForEvent(page, 'connect/memberConnected');
  const screen = widget.locator('section').filter({ has: widget.getByRole('heading', { name: 'Connected' }) });
  assert.equal(await screen.locator('.cw-title .cw-logo').count(), 1, "the institution's logo beside the heading");
  const mark = await screen.evaluate((section) => getComputedStyle(section, '::before').content);
  assert.equal(mark, '"✓" / ""', 'a success mark, decoration only (no text for assistive technology)');
  await page.close();
});
