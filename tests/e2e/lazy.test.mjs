// Lazily loaded modules (docs/architecture.md#lazily-loaded-modules): the Salt Edge and Tink
// adapters are fetched with the first schema that needs them, never for an MX bank, and a failed
// fetch is a recoverable error that says what could not be loaded.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, npmHostSuite, openHost, openMountedHost, pickBank, submitAndConnect } from './support.mjs';

const suite = npmHostSuite();
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const VENDOR_MODULE = /\/split_vendor_dialects(-[0-9a-f]+)?\.wasm$/;

/** The URLs of the vendor module's requests in `page`, as they happen. */
function vendorModuleRequests(page) {
  const seen = [];
  page.on('request', (request) => { if (VENDOR_MODULE.test(new URL(request.url()).pathname)) seen.push(request.url()); });
  return seen;
}

test('an MX bank connects without fetching the other vendors\' adapters', async () => {
  const { page, widget, pageErrors } = await openHost(browser);
  const fetched = vendorModuleRequests(page);
  await pickBank(widget, 'all field types', 'MX Test Bank (all field types)');
  await widget.getByLabel('Username').fill('user_good');
  await widget.getByLabel('Password', { exact: true }).fill('pass_good');
  await widget.getByLabel('Account type').selectOption({ label: 'Personal' });
  await widget.getByRole('group', { name: 'Your security picture' }).getByLabel('Car').check();
  await widget.getByLabel('Token').fill('123456');
  await submitAndConnect(widget);
  assert.deepEqual(fetched, []);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('a Salt Edge bank fetches the adapters once, and a failed fetch can be tried again', async () => {
  const { page, widget, pageErrors } = await openHost(browser);
  const fetched = vendorModuleRequests(page);
  await page.route(VENDOR_MODULE, (route) => route.abort('internetdisconnected'));
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('fake bank with select');
  await widget.getByRole('option', { name: /^Fake Bank with Select/ }).click();
  const alert = widget.getByRole('alert');
  await alert.getByText('We couldn\'t load the sign-in form for Fake Bank with Select.').waitFor();
  assert.equal(fetched.length, 1);

  await page.unroute(VENDOR_MODULE);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await widget.getByLabel('Login').fill('username-ada');
  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByLabel('Image').selectOption({ label: 'Car' });
  await submitAndConnect(widget);
  assert.equal(fetched.length, 2, 'fetched again after the failure, then kept');

  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('npm: a host that answers in Salt Edge\'s shape gets its form from the package\'s lazily loaded module', async () => {
  const { page, pageErrors } = await openMountedHost(suite, '?schema=saltedge');
  const fetched = vendorModuleRequests(page);
  const widget = page.getByRole('region', { name: 'First widget' });
  await widget.getByRole('option', { name: /^First Bank/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to First Bank' }).waitFor();
  await widget.getByLabel('Login').fill('ada');
  await widget.getByLabel('Password', { exact: true }).waitFor();
  assert.equal(fetched.length, 1);
  assert.match(fetched[0], /\/node_modules\/connect-widget\/split_vendor_dialects\.wasm$/);
  assert.deepEqual(pageErrors, []);
  await page.close();
});
