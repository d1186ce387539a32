// The widget in its five languages: the npm package fetches a language from its own locales/
// folder before the widget appears and switches at runtime (setLocale); the iframe page takes
// ?locale=; a catalogue that cannot be loaded leaves English, said in an `error` event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, launch, npmHostSuite, openHost, openMountedHost, openNpmHostPage, waitForEvent } from './support.mjs';

const suite = npmHostSuite();

async function openNpm(query) {
  const { page, pageErrors } = await openMountedHost(suite, query);
  return { page, pageErrors, widget: page.getByRole('region', { name: 'First widget' }) };
}

test('npm: mounted in Romanian, switched to Canadian French (falling back to French), then refused a language it lacks', async () => {
  const { page, pageErrors, widget } = await openNpm('?locale=ro');
  await widget.getByRole('heading', { name: 'Instituții populare' }).waitFor();
  assert.equal(await widget.locator('.cw-root').getAttribute('lang'), 'ro');
  await widget.getByRole('combobox', { name: 'Caută banca ta' }).waitFor();

  await page.evaluate(() => window.__handles.first.setLocale('fr-CA'));
  await widget.getByRole('heading', { name: 'Institutions financières populaires' }).waitFor();
  assert.equal(await widget.locator('.cw-root').getAttribute('lang'), 'fr-CA');
  await widget.getByRole('option', { name: /^First Bank/ }).click();
  await widget.getByRole('heading', { name: 'Connectez-vous à First Bank' }).waitFor(); // from fr
  await widget.getByRole('button', { name: 'Continuer' }).click();
  await widget.getByText('1 champ demande votre attention.').or(widget.getByText('2 champs demandent votre attention.')).waitFor();

  const refused = await page.evaluate(() => window.__handles.first.setLocale('de-DE').then(() => 'resolved', (e) => `${e.name}: ${e.message}`));
  assert.equal(refused, 'TypeError: "de-DE" is not a supported locale (en, es, fr, fr-CA, ro, sv)');
  await page.evaluate(() => window.__handles.first.setLocale('en'));
  await widget.getByRole('heading', { name: 'Sign in to First Bank' }).waitFor();
  assert.equal(await widget.locator('.cw-root').getAttribute('lang'), 'en');
  assert.deepEqual(pageErrors, []);
});

test('npm: a language whose catalogue cannot be loaded shows English and says so', async () => {
  const page = await suite.browser.newPage();
  await page.route('**/locales/sv.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${suite.site.url}/?locale=sv-SE`);
  await page.waitForFunction(() => window.__mounted === true, null, { timeout: 15000 });
  const widget = page.getByRole('region', { name: 'First widget' });
  await widget.getByRole('heading', { name: 'Popular institutions' }).waitFor();
  assert.equal(await widget.locator('.cw-root').getAttribute('lang'), 'sv-SE', 'the locale stays what the host asked for');
  const errors = (await page.evaluate(() => window.__events.first)).filter((e) => e.type === 'connect/error');
  assert.deepEqual(errors.map((e) => [e.metadata.code, e.metadata.recoverable]), [['catalogue_unavailable', true]]);
  assert.match(errors[0].metadata.message, /the sv catalogue could not be loaded/);
  assert.ok(warnings.some((w) => w.includes('the sv catalogue could not be loaded')), warnings.join('\n'));
});

test("npm: the host's own texts (copy) come before every language's; an unknown key is reported", async () => {
  const { page, widget } = await openNpm('?copy=1&locale=es');
  await widget.getByRole('heading', { name: 'Banks our customers use' }).waitFor();
  await widget.getByRole('combobox', { name: 'Busca tu banco' }).waitFor(); // the rest in Spanish
  const errors = (await page.evaluate(() => window.__events.first)).filter((e) => e.type === 'connect/error');
  assert.deepEqual(errors.map((e) => [e.metadata.code, e.metadata.message]),
    [['invalid_config', 'options.copy.search.nope: no message has this key (docs/copy.md lists them); ignored']]);
  await page.evaluate(() => window.__handles.first.setLocale('sv'));
  await widget.getByRole('combobox', { name: 'Sök efter din bank' }).waitFor();
  assert.equal(await widget.getByRole('heading', { name: 'Banks our customers use' }).count(), 1, 'the copy stays after a switch');
});

test("the element's locale attribute switches the running widget's language, on the step it is on", async () => {
  const { page, pageErrors } = await openNpmHostPage(suite, 'element.html');
  const element = page.locator('connect-widget');
  await element.getByRole('option', { name: /^First Bank/ }).click();
  await element.getByRole('heading', { name: 'Sign in to First Bank' }).waitFor();
  await page.evaluate(() => document.querySelector('connect-widget').setAttribute('locale', 'es'));
  await element.getByRole('heading', { name: 'Inicia sesión en First Bank' }).waitFor();
  assert.equal(await element.locator('.cw-root').getAttribute('lang'), 'es');
  const types = await page.evaluate(() => window.__domEvents.map((e) => e.type));
  assert.equal(types.filter((t) => t === 'connect/loaded').length, 1, 'the widget was not started again');
  assert.deepEqual(pageErrors, []);
});

test('iframe page: ?locale=sv renders the widget in Swedish, errors included, axe-clean', async () => {
  const browser = await launch();
  try {
    const { page, widget, pageErrors } = await openHost(browser, { locale: 'sv' });
    await waitForEvent(page, 'connect/loaded');
    await widget.getByRole('heading', { name: 'Populära banker' }).waitFor();
    assert.equal(await widget.locator('.cw-root').getAttribute('lang'), 'sv');
    await widget.getByRole('option', { name: /Sandbox Bank/ }).click();
    await widget.getByRole('heading', { name: 'Logga in på Sandbox Bank' }).waitFor();
    await widget.getByRole('button', { name: 'Fortsätt' }).click();
    await widget.getByText('2 fält behöver din uppmärksamhet.').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the Swedish form with errors is axe-clean');
    assert.deepEqual(pageErrors, []);
  } finally {
    await browser.close();
  }
});
