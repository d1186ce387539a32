// Shared helpers for the end-to-end tests: launch Debian's Chromium, open the demo host page
// (which embeds the widget from another origin), read the events the host received, run axe.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { VENDOR_FIXTURES } from './npm-host/vendor-hosts.js';

export const HOST_URL = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 18080}`;
export const WIDGET_ORIGIN = `http://127.0.0.1:${process.env.E2E_WIDGET_PORT ?? 18081}`;
export const WIDGET_TITLE = 'Connect your bank';
/** The strict policy the widget's pages are served with (scripts/serve.sh); npm host pages get it too. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'";

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const ROOT = new URL('../..', import.meta.url).pathname;

/** Waits until `url` answers (a server just started). */
export async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not start`);
}

/** Waits until `predicate()` holds (checked every 50 ms for `timeout` ms); fails with `describe()`. */
export async function expectEventually(predicate, describe = () => '', timeout = 5000) {
  const deadline = Date.now() + timeout;
  while (!(await predicate())) {
    if (Date.now() > deadline) assert.fail(`not observed within ${timeout} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fails when something already answers on `port`. */
export async function assertPortFree(port) {
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  assert.equal(taken, false, `port ${port} is already in use`);
}

/**
 * Installs the npm tarball (scripts/npm-pack.sh) into a copy of tests/e2e/npm-host and serves it
 * on its own origin (E2E_NPM_PORT). Returns `{url, close()}`.
 */
export async function serveNpmHost() {
  const port = Number(process.env.E2E_NPM_PORT ?? 18082);
  const tarballs = readdirSync(join(ROOT, 'target/npm')).filter((f) => f.endsWith('.tgz'));
  assert.equal(tarballs.length, 1, 'scripts/npm-pack.sh built one tarball');
  const site = mkdtempSync(join(tmpdir(), 'connect-widget-npm-'));
  cpSync(join(ROOT, 'tests/e2e/npm-host'), site, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/mx_widget_mocks.json'), join(site, 'mx_widget_mocks.json'));
  for (const name of VENDOR_FIXTURES) cpSync(join(ROOT, `tests/fixtures/${name}.json`), join(site, `fixtures/${name}.json`));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(ROOT, 'target/npm', tarballs[0])], { cwd: site });
  await assertPortFree(port);
  // The host's policy of docs/embedding.md: the strict one, plus the widget's origin for the loader's iframe.
  const policy = `${STRICT_CSP}; frame-src 'self' ${WIDGET_ORIGIN}`;
  const server = spawn('python3', [join(ROOT, 'scripts/static-server.py'), String(port), site, policy], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(`${url}/`);
  return { url, close: () => server.kill() };
}

/** Opens `path` on the npm host site of `suite` (from {@link npmHostSuite}), recording the page's
 * errors and its console errors. */
export async function openNpmHostPage(suite, path) {
  const page = await suite.browser.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(`${suite.site.url}/${path}`);
  return { page, pageErrors, consoleErrors };
}

/** Opens the npm host's mount() page with `query` and waits until its widgets are mounted. */
export async function openMountedHost(suite, query = '') {
  const opened = await openNpmHostPage(suite, query);
  await opened.page.waitForFunction(() => window.__mounted === true, null, { timeout: 15000 });
  return opened;
}

/**
 * The journey against the host backend of tests/e2e/npm-host/backend.js: search "first", open
 * First Bank (with `goBack`: go back once from its form, find the search as it was, and reopen it),
 * sign in as "ada" with a password the host refuses, check the username was kept, then sign in
 * with "secret" until connected.
 */
export async function firstBankJourney(widget, goBack) {
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('first');
  await widget.getByRole('heading', { name: 'Results for “first”' }).waitFor();
  // The loaded list narrows at once; the backend's search then announces its count.
  await widget.getByRole('status').filter({ hasText: '1 institution found.' }).waitFor();
  await widget.getByRole('option', { name: /^First Bank/ }).click();
  if (goBack) {
    await widget.getByRole('heading', { name: 'Sign in to First Bank' }).waitFor();
    await goBack();
    await widget.getByRole('heading', { name: 'Results for “first”' }).waitFor();
    assert.equal(await widget.getByRole('combobox', { name: 'Search for your bank' }).inputValue(), 'first');
    await widget.getByRole('option', { name: /^First Bank/ }).click();
  }
  await widget.getByLabel('Username').fill('ada');
  await widget.getByLabel('Password', { exact: true }).fill('hunter2');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('alert').filter({ hasText: 'Wrong password, says the host.' }).waitFor({ timeout: 15000 });
  assert.equal(await widget.getByLabel('Username').inputValue(), 'ada', 'what the user typed is kept');
  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 15000 });
}

/**
 * Registers the hooks of a test file that needs the npm host page: serve it, start Chromium, and
 * stop both at the end. Returns `{browser, site}`, filled in once the `before` hook has run.
 */
export function npmHostSuite() {
  const suite = {};
  before(async () => {
    suite.site = await serveNpmHost();
    suite.browser = await launch();
  });
  after(async () => { await suite.browser?.close(); suite.site?.close(); });
  return suite;
}

/** Starts headless Chromium. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens the host page; `hostParams` are extra query parameters for it. Returns the page, a
 * locator scope inside the widget's iframe, and the page errors seen so far.
 */
export async function openHost(browser, hostParams = {}) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A Content-Security-Policy violation in any frame counts as a page error.
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) pageErrors.push(message.text()); });
  const url = new URL(HOST_URL);
  url.searchParams.set('widget', WIDGET_ORIGIN);
  for (const [key, value] of Object.entries(hostParams)) url.searchParams.set(key, value);
  await page.goto(url.href);
  const widget = page.frameLocator(`iframe[title="${WIDGET_TITLE}"]`);
  return { page, widget, pageErrors };
}

/** The data of the messages the host page accepted (the events, in order). */
export async function hostEventData(page) {
  return (await hostEvents(page)).map((event) => event.data);
}

/** The messages the host page accepted, as `{data, origin}`. */
export function hostEvents(page) {
  return page.evaluate(() => window.__events);
}

/** Waits until the host has received an event of `type` (e.g. `connect/loaded`). */
export async function waitForEvent(page, type, timeout = 15000) {
  await page.waitForFunction((t) => window.__events.some((e) => e.data?.type === t), type, { timeout });
}

/** The widget's frame (for evaluating scripts inside it). */
export function widgetFrame(page) {
  return page.frames().find((frame) => frame.url().startsWith(WIDGET_ORIGIN));
}

/** Runs axe-core in the widget's frame (or `frame`, on the elements matching `include`); returns the
 * violations as `{id, impact, targets}`. */
export async function axeViolations(page, { frame = widgetFrame(page), include } = {}) {
  // Evaluated through the DevTools protocol: a script tag would be refused by the page's CSP.
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return frame.evaluate(async (selector) => {
    // WCAG 2.2's 24 px targets too (axe leaves that rule off by default).
    const result = await window.axe.run(selector ? { include: [selector] } : document, { rules: { 'target-size': { enabled: true } } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, include);
}

/** Searches for `query` in the widget and picks the institution named `name`. */
export async function pickBank(widget, query, name) {
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill(query);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await widget.getByRole('option', { name: new RegExp(`^${escaped}( [\\w-]+(\\.[\\w-]+)+)?$`) }).click(); // the name, then its domain
  await widget.getByRole('heading', { name: `Sign in to ${name}` }).waitFor();
  await widget.getByRole('button', { name: 'Continue' }).waitFor();
}

/** Submits the form and waits for the connected screen. */
export async function submitAndConnect(widget) {
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
}

/**
 * Runs in a page before its scripts (`page.addInitScript(captureWasmMemory)`): keeps the widget's
 * WebAssembly memory as `window.__wasmMemory`, to read its size.
 */
export function captureWasmMemory() {
  const capture = (result) => {
    window.__wasmMemory = Object.values((result.instance ?? result).exports).find((v) => v instanceof WebAssembly.Memory);
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const real = WebAssembly[name];
    WebAssembly[name] = (...args) => real.apply(WebAssembly, args).then(capture);
  }
}

/** The text of message `key` in `locale` as the widget picks it (`fr-CA` → `fr` → `en`), with its
 * `{name}` placeholders filled from `values`: tests find elements by the catalogues' own words. */
export function catalogueText(locale, key, values = {}) {
  const chain = [locale, locale.split('-')[0], 'en'].filter((tag, i, all) => all.indexOf(tag) === i);
  const catalogues = chain.map((tag) => JSON.parse(readFileSync(join(ROOT, 'locales', `${tag}.json`), 'utf8')));
  const template = catalogues.find((catalogue) => key in catalogue)[key];
  return template.replace(/\{(\w+)\}/g, (_, name) => values[name]);
}
