// Host options are checked: what cannot work is a TypeError, anything else unusable is named in a
// console warning and an `invalid_config` event (with the closest known key for a misspelt one).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { npmHostSuite, WIDGET_ORIGIN } from './support.mjs';

const suite = npmHostSuite();

/** Opens the npm host page (its own widget mounted) and collects console warnings. */
async function openPage(path) {
  const page = await suite.browser.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${suite.site.url}/${path}`);
  await page.waitForFunction(() => window.__mounted === true, null, { timeout: 15000 });
  return { page, warnings };
}

test('mount(): a missing element or a callback option that is not a function is a TypeError', async () => {
  const { page } = await openPage('');
  const errors = await page.evaluate(async () => {
    const { mount } = await import('./node_modules/connect-widget/index.js');
    const callbacks = { loadPopularInstitutions: async () => [] };
    const attempts = [
      () => mount(null, { callbacks }),
      () => mount('#connect', { callbacks }),
      () => mount(document.getElementById('second'), { callbacks, onSuccess: 'yes' }),
      () => mount(document.getElementById('second'), { callbacks: 'x' }),
    ];
    const results = [];
    for (const attempt of attempts) results.push(await attempt().then(() => 'mounted', (e) => `${e.name}: ${e.message}`));
    return results;
  });
  assert.deepEqual(errors, [
    'TypeError: mount: the first argument must be an element or a selector',
    'TypeError: mount: no element matches "#connect"',
    'TypeError: mount: options.onSuccess must be a function',
    'TypeError: mount: options.callbacks must be an object',
  ]);
  assert.equal(await page.locator('#second').innerHTML(), '', 'nothing rendered');
});

test('mount(): wrong-typed and misspelt options are reported and left out; a selector works', async () => {
  const { page, warnings } = await openPage('');
  const events = await page.evaluate(async () => {
    const { mount } = await import('./node_modules/connect-widget/index.js');
    const events = [];
    const handle = await mount('#second', {
      callbacks: { loadPopularInstitutions: async () => [], loadInstitutions: async () => [] },
      onEvent: (event) => events.push(event),
      locale: 42, theme: true, eventFormat: {}, clientConfig: 'x', onSucess: () => {}, colour: 'red',
    });
    window.__second = handle;
    return events.filter((e) => e.type === 'connect/error').map((e) => e.metadata);
  });
  const messages = events.map((e) => e.message);
  assert.ok(events.every((e) => e.code === 'invalid_config' && e.recoverable), JSON.stringify(events));
  for (const expected of ['options.locale must be a string, got 42', 'options.theme must be a string, got true',
    'options.eventFormat must be a string', 'options.clientConfig must be an object, got "x"',
    'unknown option `onSucess` (did you mean `onSuccess`?)', 'unknown option `colour`']) {
    assert.ok(messages.some((m) => m.includes(expected)), `${expected} in ${messages.join(' | ')}`);
    assert.ok(warnings.some((w) => w.includes(expected)), `${expected} in the console`);
  }
  const second = page.getByRole('region', { name: 'Second widget' });
  await second.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  await page.evaluate(() => window.__second.destroy());
});

test('embed(): only an http(s) url, exact allowed origins and function callbacks', async () => {
  const { page } = await openPage('embed.html?widget=' + encodeURIComponent(`${WIDGET_ORIGIN}/`));
  const results = await page.evaluate(async (widget) => {
    const { embed } = await import('./node_modules/connect-widget/embed.js');
    const base = { url: widget, container: document.getElementById('second'), callbacks: {} };
    const attempts = [
      { ...base, url: 'javascript:window.__ran = true' },
      { ...base, allowedOrigins: new URL(widget).origin.slice(0, -1) },
      { ...base, allowedOrigins: [`${widget}path`] },
      { ...base, onEvent: 'log' },
    ];
    return attempts.map((options) => { try { embed(options); return 'embedded'; } catch (e) { return `${e.name}: ${e.message}`; } });
  }, `${WIDGET_ORIGIN}/`);
  assert.deepEqual(results.map((r) => r.split(':')[0]), ['TypeError', 'TypeError', 'TypeError', 'TypeError'], results.join('\n'));
  assert.match(results[0], /must be http\(s\), not javascript:/);
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'the script never ran');
  assert.equal(await page.locator('#second').innerHTML(), '', 'no iframe');
});
