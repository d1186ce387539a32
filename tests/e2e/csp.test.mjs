// The widget's pages under the strict Content-Security-Policy (no inline script or style,
// 'wasm-unsafe-eval' for the module): the iframe page starts and the OAuth callback page runs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openHost, STRICT_CSP, WIDGET_ORIGIN } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the widget origin sends the strict policy', async () => {
  for (const path of ['/', '/oauth/callback.html']) {
    const policy = (await fetch(new URL(path, WIDGET_ORIGIN))).headers.get('content-security-policy');
    assert.ok(policy?.startsWith(STRICT_CSP), `${path}: ${policy}`);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|'nonce-|'sha256-/);
  }
});

test('the iframe page starts under the policy, with no inline script or style', async () => {
  const { page, widget, pageErrors } = await openHost(browser);
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  const frame = page.frames().find((f) => f.url().startsWith(WIDGET_ORIGIN));
  assert.equal(await frame.evaluate(() => document.querySelectorAll('script:not([src]), style').length), 0);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('the OAuth callback page runs under the policy', async () => {
  const page = await browser.newPage();
  const violations = [];
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()); });
  await page.goto(`${WIDGET_ORIGIN}/oauth/callback.html?code=abc&state=xyz`);
  // Opened directly, not by the widget: its script says so (proof that it ran) and cleans the address.
  await page.getByRole('status').filter({ hasText: 'This window was not opened by the app.' }).waitFor();
  assert.equal(new URL(page.url()).search, '');
  assert.deepEqual(violations, []);
  await page.close();
});
