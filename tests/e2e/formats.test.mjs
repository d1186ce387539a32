// The same journey delivered in the MX-compatible and the Salt Edge-compatible event formats.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hostEvents, launch, openHost, pickBank, submitAndConnect, WIDGET_ORIGIN } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function connect(format, query, bank, password = 'pass_good') {
  const { page, widget } = await openHost(browser, { event_format: format });
  await pickBank(widget, query, bank);
  await widget.getByLabel('Username').fill('user_good');
  await widget.getByLabel('Password', { exact: true }).fill(password);
  return { page, widget };
}

test('MX format: {mx: true, type: "mx/connect/<name>", metadata}', async () => {
  const { page, widget } = await connect('mx', 'sandbox bank', 'Sandbox Bank');
  await submitAndConnect(widget);
  await page.waitForFunction(() => window.__events.some((e) => e.data.type === 'mx/connect/memberConnected'));
  const events = await hostEvents(page);
  assert.ok(events.every((e) => e.origin === WIDGET_ORIGIN && e.data.mx === true && !('seq' in e.data)));
  const types = events.map((e) => e.data.type);
  for (const name of ['loaded', 'stepChange', 'selectedInstitution', 'enterCredentials', 'memberStatusUpdate', 'memberConnected']) {
    assert.ok(types.includes(`mx/connect/${name}`), `mx/connect/${name} in ${types}`);
  }
  assert.deepEqual(events.find((e) => e.data.type === 'mx/connect/loaded').data.metadata, { initial_step: 'search', mode: 'aggregation' });
  assert.deepEqual(events.find((e) => e.data.type === 'mx/connect/enterCredentials').data.metadata, { institution: { code: 'sandbox_bank', guid: 'INS-SANDBOX-1' } });
  assert.match(events.find((e) => e.data.type === 'mx/connect/memberConnected').data.metadata.member_guid, /^MBR-/);
});

test('Salt Edge format: JSON-string fetching / success / error messages', async () => {
  let { page, widget } = await connect('saltedge', 'sandbox bank', 'Sandbox Bank');
  await submitAndConnect(widget);
  await page.waitForFunction(() => window.__events.some((e) => typeof e.data === 'string' && e.data.includes('"success"')));
  let events = await hostEvents(page);
  assert.ok(events.every((e) => typeof e.data === 'string'), 'every message is a JSON string');
  let messages = events.map((e) => JSON.parse(e.data).data);
  assert.deepEqual(messages.map((m) => [m.stage, m.api_stage]), [['fetching', 'connect'], ['success', 'finish']]);
  assert.ok(messages.every((m) => /^MBR-/.test(m.connection_id) && !('secret' in m)));
  assert.deepEqual(messages[1].custom_fields, {});

  ({ page, widget } = await connect('saltedge', 'locked bank', 'Locked Bank'));
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor({ timeout: 15000 });
  events = await hostEvents(page);
  messages = events.map((e) => JSON.parse(e.data).data);
  const error = messages.find((m) => m.stage === 'error');
  assert.deepEqual([error.api_stage, error.error_class], ['finish', 'AccountLocked']);
});
