// How the widget looks to a user (issue 14): institutions with their logo (or a monogram) and
// their domain, in a list that is part of the page rather than a box of its own that scrolls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, npmHostSuite, openMountedHost } from './support.mjs';

const suite = npmHostSuite();

test('npm: each institution shows its logo, or its monogram when the logo is missing, and its domain', async () => {
  const { page, pageErrors } = await openMountedHost(suite, '?logos=1');
  const widget = page.getByRole('region', { name: 'First widget' });
  const first = widget.getByRole('option', { name: 'First Bank first.example' });
  const second = widget.getByRole('option', { name: 'Second Bank second.example' });
  await first.waitFor();
  const logo = first.locator('img');
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await logo.elementHandle());
  assert.equal(await logo.getAttribute('alt'), '', 'decorative: the name is beside it');
  await second.locator('img').waitFor({ state: 'detached' }); // the missing logo uncovered the monogram
  assert.equal(await second.locator('.cw-logo').textContent(), 'S');
  assert.equal(await first.locator('.cw-logo').textContent(), 'F', 'under the logo');
  const listbox = widget.getByRole('listbox');
  assert.equal(await listbox.evaluate((list) => getComputedStyle(list).overflowY), 'visible', 'no scroll box of its own');
  assert.deepEqual(await axeViolations(page, { frame: page.mainFrame(), include: '#first' }), []);
  assert.deepEqual(pageErrors.filter((error) => !error.includes('missing-logo')), []);
  await page.close();
});

test("npm: vendors' own providers show their logos (Salt Edge logo_url, Tink images.icon), MX's the host's template", async () => {
  for (const [query, name] of [['?vendor=saltedge', /^Fake Bank with SMS example\.com$/], ['?vendor=tink', /^Handelsbanken$/],
    ['?logo_template=1', /^First Bank first\.example$/]]) {
    const { page, pageErrors } = await openMountedHost(suite, query);
    const option = page.getByRole('region', { name: 'First widget' }).getByRole('option', { name });
    const logo = option.locator('img');
    await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await logo.elementHandle());
    if (query === '?logo_template=1') assert.match(await logo.getAttribute('src'), /\/logo\.svg\?for=INS-1$/);
    assert.deepEqual(await axeViolations(page, { frame: page.mainFrame(), include: '#first' }), [], query);
    assert.deepEqual(pageErrors, [], query);
    await page.close();
  }
});
