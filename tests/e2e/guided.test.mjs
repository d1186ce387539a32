// The guided flows, end to end on the demo host with the sandbox: "Can't find your bank?" (after
// the results and when a search finds nothing), a support request and a manual account (each
// failing once, keeping what was typed), micro-deposits from the routing number to "Check back
// soon", and opening on a micro-deposit (current_microdeposit_guid) to enter the amounts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, expectEventually, hostEventData, launch, openHost, pickBank, waitForEvent } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const AGGREGATION = { enable_support_requests: 'true', enable_manual_accounts: 'true', show_microdeposits_in_connect: 'true' };
const VERIFICATION = { mode: 'verification', show_microdeposits_in_connect: 'true', enable_manual_accounts: 'true' };

/** The metadata of the host's events of `type`, in order. */
async function eventsOf(page, type) {
  return (await hostEventData(page)).filter((event) => event.type === type).map((event) => event.metadata);
}

/** In verification mode the sandbox's verifiable connection is offered first: on to the search. */
async function searchInstead(widget) {
  await widget.getByRole('heading', { name: 'Verify an account you already connected' }).waitFor();
  await widget.getByRole('button', { name: 'Search for another bank' }).click();
}

/** Whether the element is the focused one in its frame. */
function focused(locator) {
  return locator.evaluate((element) => element === document.activeElement);
}

test('no path offered: no "Can\'t find your bank?"', async () => {
  const { page, widget } = await openHost(browser);
  await waitForEvent(page, 'connect/loaded');
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('zzzzqq');
  await widget.getByRole('heading', { name: /No institutions match “zzzzqq”/ }).waitFor();
  assert.equal(await widget.getByRole('button', { name: "Can't find your bank?" }).count(), 0);
  await page.close();
});

test('allowed_countries: a search that finds nothing in one country finds the bank in another', async () => {
  const { page, widget, pageErrors } = await openHost(browser, { allowed_countries: 'US,XF,SE,RO', iso_country_code: 'US' });
  await waitForEvent(page, 'connect/loaded');
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('fake bank simple');
  await widget.getByRole('heading', { name: /No institutions match “fake bank simple”/ }).waitFor();
  await widget.getByRole('button', { name: "Can't find your bank?" }).click();
  await widget.getByRole('heading', { name: "Can't find your bank?" }).waitFor();
  const country = widget.getByLabel('Country');
  assert.equal(await country.inputValue(), 'US', 'the country searched now');
  const names = await country.locator('option').allTextContents();
  assert.ok(names.includes('United States') && names.includes('Sweden'), names.join());
  assert.ok(names.includes('Test banks (XF)'), "Salt Edge's fake country by name");
  assert.deepEqual(await axeViolations(page), [], 'menu with the country is axe-clean');
  await country.selectOption({ label: 'Test banks (XF)' });
  await widget.getByRole('button', { name: 'Search in this country' }).click();
  // Back at the search, the same words run again in the chosen country.
  await widget.getByRole('option', { name: /^Fake Bank Simple/ }).waitFor();
  assert.equal(await widget.getByRole('combobox', { name: 'Search for your bank' }).inputValue(), 'fake bank simple');
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('a search that finds nothing leads to support; a failed request keeps what was written', async () => {
  const { page, widget, pageErrors } = await openHost(browser, AGGREGATION);
  await waitForEvent(page, 'connect/loaded');
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('zzzzqq');
  await widget.getByRole('heading', { name: /No institutions match “zzzzqq”/ }).waitFor();
  await widget.getByRole('button', { name: "Can't find your bank?" }).click();
  const menu = widget.getByRole('heading', { name: "Can't find your bank?" });
  await menu.waitFor();
  await expectEventually(() => focused(menu), () => 'focus on the menu heading');
  // Aggregation mode: manual accounts and support; micro-deposits only verify.
  assert.equal(await widget.getByRole('button', { name: 'Connect with account numbers' }).count(), 0);
  assert.deepEqual(await axeViolations(page), [], 'menu is axe-clean');
  await widget.getByRole('button', { name: 'Contact support' }).click();
  await widget.getByRole('heading', { name: 'Contact support' }).waitFor();
  await widget.getByLabel('Email').fill('ada@example');
  await widget.getByRole('button', { name: 'Send' }).click();
  await widget.getByText('Enter an email address, for example name@example.com.').waitFor();
  await widget.getByText('Subject is required.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'form with errors is axe-clean');

  // The sandbox refuses requests from @fail.test: the form stays, filled, and says so.
  await widget.getByLabel('Email').fill('ada@fail.test');
  await widget.getByLabel('Subject').fill('Tiny Bank');
  await widget.getByLabel('Message').fill('Please add Tiny Bank of Nowhere');
  await widget.getByRole('button', { name: 'Send' }).click();
  await widget.getByRole('alert').filter({ hasText: 'Your request could not be sent.' }).waitFor();
  assert.equal(await widget.getByLabel('Message').inputValue(), 'Please add Tiny Bank of Nowhere');
  await waitForEvent(page, 'connect/error');

  await widget.getByLabel('Email').fill('ada@example.com');
  await widget.getByRole('button', { name: 'Send' }).click();
  await widget.getByRole('heading', { name: 'Request sent' }).waitFor();
  await widget.getByText('Support will answer you at ada@example.com.').waitFor();
  assert.deepEqual(await eventsOf(page, 'connect/support/requestSent'), [{}], 'the event carries nothing the user wrote');
  const steps = (await eventsOf(page, 'connect/stepChange')).map((step) => step.current);
  assert.deepEqual(steps, ['cantFindInstitution', 'support']);
  await widget.getByRole('button', { name: 'Done' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('a manual account from the end of the popular list, with a balance to read', async () => {
  const { page, widget } = await openHost(browser, AGGREGATION);
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
  await widget.getByRole('button', { name: "Can't find your bank?" }).click();
  await widget.getByRole('button', { name: 'Add an account manually' }).click();
  await widget.getByRole('heading', { name: 'Add an account manually' }).waitFor();
  await widget.getByLabel('Account type').selectOption({ label: 'Savings' });
  await widget.getByLabel('Account name').fill('Holiday fund (fail)');
  await widget.getByLabel('Current balance').fill('1,250.5');
  await widget.getByRole('radio', { name: 'Business' }).check();
  await widget.getByRole('button', { name: 'Add account' }).click();
  await widget.getByRole('alert').filter({ hasText: 'The account could not be added.' }).waitFor();
  assert.equal(await widget.getByLabel('Current balance').inputValue(), '1,250.5', 'what was typed is kept');
  assert.equal(await widget.getByRole('radio', { name: 'Business' }).isChecked(), true);
  await widget.getByLabel('Account name').fill('Holiday fund');
  await widget.getByRole('button', { name: 'Add account' }).click();
  await widget.getByRole('heading', { name: 'Account added' }).waitFor();
  await widget.getByText('Holiday fund was added to your accounts.').waitFor();
  const [added] = await eventsOf(page, 'connect/manualAccount/added');
  assert.equal(added.account_type, 2);
  assert.match(added.account_guid, /^ACC-SBX-/);
  await page.close();
});

test('micro-deposits: routing checks, the account twice, the holder, confirm, then come back later', async () => {
  const { page, widget, pageErrors } = await openHost(browser, VERIFICATION);
  await searchInstead(widget);
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
  await widget.getByRole('button', { name: "Can't find your bank?" }).click();
  // Verification mode: micro-deposits, no manual account.
  assert.equal(await widget.getByRole('button', { name: 'Add an account manually' }).count(), 0);
  await widget.getByRole('button', { name: 'Connect with account numbers' }).click();
  await widget.getByRole('heading', { name: 'Enter your routing number' }).waitFor();
  const routing = widget.getByLabel('Routing number');
  const next = widget.getByRole('button', { name: 'Continue' });
  await routing.fill('123456789'); // the checksum fails: never sent
  await next.click();
  await widget.getByRole('alert').filter({ hasText: 'This is not a routing number' }).waitFor();
  await routing.fill('111000025');
  await next.click();
  await widget.getByRole('alert').filter({ hasText: 'This bank does not accept micro-deposits.' }).waitFor();
  await routing.fill('021000021');
  await next.click();
  await widget.getByRole('alert').filter({ hasText: 'This bank can be connected directly' }).waitFor();
  assert.equal(await widget.getByRole('button', { name: 'Find this bank' }).count(), 1);
  assert.deepEqual(await eventsOf(page, 'connect/microdeposits/blockedRoutingNumber'), [
    { routing_number: '111000025', reason: 'BLOCKED' },
    { routing_number: '021000021', reason: 'IAV_PREFERRED' },
  ]);
  await routing.fill('011000015');
  await next.click();

  await widget.getByRole('heading', { name: 'Enter your account details' }).waitFor();
  assert.equal(await widget.getByRole('radio', { name: 'Checking' }).isChecked(), true);
  await widget.getByLabel('Account number', { exact: true }).fill('123456789');
  await widget.getByLabel('Account number again').fill('123456780');
  await next.click();
  await widget.getByRole('alert').filter({ hasText: 'The two account numbers are different' }).waitFor();
  await widget.getByLabel('Account number again').fill('123456789');
  await next.click();

  await widget.getByRole('heading', { name: 'Who holds the account?' }).waitFor();
  await widget.getByLabel('First name').fill('Ada');
  await widget.getByLabel('Last name').fill('Lovelace');
  await widget.getByLabel('Email').fill('ada@example.com');
  await next.click();

  await widget.getByRole('heading', { name: 'Check your details' }).waitFor();
  await widget.getByText('Routing number 011000015').waitFor();
  await widget.getByText('Checking ending in 6789').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'confirmation is axe-clean');
  // Edit: the forms come back filled.
  await widget.getByRole('button', { name: 'Edit details' }).click();
  assert.equal(await widget.getByLabel('Routing number').inputValue(), '011000015');
  await next.click();
  await widget.getByRole('radio', { name: 'Savings' }).check();
  await next.click();
  await next.click();
  await widget.getByText('Savings ending in 6789').waitFor();
  await widget.getByRole('button', { name: 'Send the deposits' }).click();

  await widget.getByRole('heading', { name: 'Check back soon' }).waitFor();
  await widget.getByText(/two deposits of less than a dollar each in your Savings ending in 6789 account/).waitFor();
  const [submitted] = await eventsOf(page, 'connect/microdeposits/detailsSubmitted');
  assert.match(submitted.microdeposit_guid, /^MIC-SBX-\d+$/);
  await widget.getByRole('button', { name: 'Done' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  assert.deepEqual(await eventsOf(page, 'connect/microdeposits/comeBack/primaryAction'), [submitted]);
  const texts = JSON.stringify(await hostEventData(page));
  assert.ok(!texts.includes('123456789'), 'no account number in any event');
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('opening on a micro-deposit whose deposits arrived: wrong amounts, then the right ones', async () => {
  const { page, widget } = await openHost(browser, { ...VERIFICATION, current_microdeposit_guid: 'MIC-SBX-DEPOSITED' });
  await widget.getByRole('heading', { name: 'Enter the two deposit amounts' }).waitFor();
  assert.deepEqual(await eventsOf(page, 'connect/microdeposits/loaded'), [{ initial_step: 'verifyDeposits' }]);
  const [loaded] = await eventsOf(page, 'connect/loaded');
  assert.equal(loaded.initial_step, 'microdeposits');
  await widget.getByLabel('First amount').fill('1.07');
  await widget.getByLabel('Second amount').fill('0.12');
  await widget.getByRole('button', { name: 'Verify' }).click();
  await widget.getByRole('alert').filter({ hasText: 'between 0.01 and 0.99' }).waitFor();
  await widget.getByLabel('First amount').fill('0.7'); // 70 cents: wrong
  await widget.getByRole('button', { name: 'Verify' }).click();
  await widget.getByRole('alert').filter({ hasText: 'One or both amounts were not right.' }).waitFor();
  assert.equal(await widget.getByLabel('Second amount').inputValue(), '0.12', 'what was typed is kept');
  await widget.getByLabel('First amount').fill('.07');
  await widget.getByRole('button', { name: 'Verify' }).click();
  await widget.getByRole('heading', { name: 'Account verified' }).waitFor();
  assert.deepEqual(await eventsOf(page, 'connect/microdeposits/verified'), [{ microdeposit_guid: 'MIC-SBX-DEPOSITED' }]);
  await page.close();
});

test('opening on micro-deposits in other statuses: arriving after a refresh, on their way, too many attempts', async () => {
  const opened = async (guid) => {
    const { page, widget } = await openHost(browser, { ...VERIFICATION, current_microdeposit_guid: guid });
    return { page, widget };
  };
  let { page, widget } = await opened('MIC-SBX-ARRIVING');
  await widget.getByRole('heading', { name: 'Enter the two deposit amounts' }).waitFor();
  await page.close();
  ({ page, widget } = await opened('MIC-SBX-REQUESTED'));
  await widget.getByRole('heading', { name: 'Check back soon' }).waitFor();
  await widget.getByText('They should arrive by December 4, 2026.').waitFor();
  await page.close();
  ({ page, widget } = await opened('MIC-SBX-PREVENTED'));
  await widget.getByRole('heading', { name: 'Too many attempts' }).waitFor();
  await widget.getByRole('button', { name: 'Done' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  assert.deepEqual(await eventsOf(page, 'connect/microdeposits/error/primaryAction'), [{ status: 'PREVENTED', guid: 'MIC-SBX-PREVENTED' }]);
  await page.close();
  ({ page, widget } = await opened('MIC-SBX-PREINITIATED'));
  await widget.getByRole('heading', { name: 'Enter your routing number' }).waitFor();
  await widget.getByLabel('Routing number').fill('011000015');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByLabel('Account number', { exact: true }).fill('55554444');
  await widget.getByLabel('Account number again').fill('55554444');
  await widget.getByRole('button', { name: 'Continue' }).click();
  // The host gave the holder's name and email: straight to the confirmation.
  await widget.getByRole('heading', { name: 'Check your details' }).waitFor();
  await widget.getByText('Ada Lovelace, ada@example.com').waitFor();
  await page.close();
  ({ page, widget } = await opened('MIC-SBX-UNKNOWN'));
  await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor();
  await page.close();
});

test('in verification mode an institution that cannot verify is marked and cannot be picked', async () => {
  const { page, widget } = await openHost(browser, VERIFICATION);
  await searchInstead(widget);
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('slow sav');
  const slow = widget.getByRole('option', { name: /Slow Savings/ });
  await slow.waitFor();
  assert.equal(await slow.getAttribute('aria-disabled'), 'true');
  await widget.getByText('Cannot verify accounts here').waitFor();
  await slow.click({ force: true }); // a user can still click it: nothing happens
  assert.equal(await widget.getByRole('heading', { name: /Sign in to Slow Savings/ }).count(), 0, 'not picked');
  await page.close();
});

test('an error screen offers support when the host enables it; back leads to the search', async () => {
  const { page, widget } = await openHost(browser, { enable_support_requests: 'true' });
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('locked');
  await widget.getByRole('option', { name: /Locked Bank/ }).click();
  await widget.getByLabel('Username').fill('user_good');
  await widget.getByLabel('Password', { exact: true }).fill('pass_good');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor();
  await widget.getByRole('button', { name: 'Contact support' }).click();
  await widget.getByRole('heading', { name: 'Contact support' }).waitFor();
  await widget.getByRole('button', { name: 'Back' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  await page.close();
});

test('verification mode offers the connections that can verify first; verifying one runs a verification job', async () => {
  const { page, widget, pageErrors } = await openHost(browser, { mode: 'verification' });
  const heading = widget.getByRole('heading', { name: 'Verify an account you already connected' });
  await heading.waitFor();
  const [loaded] = (await hostEventData(page)).filter((event) => event.type === 'connect/loaded').map((event) => event.metadata);
  assert.deepEqual(loaded, { initial_step: 'verifyExistingMember', mode: 'verification' });
  // Only the sandbox's verifiable connection (Sandbox Bank's) is offered.
  assert.equal(await widget.getByRole('radio').count(), 1);
  assert.deepEqual(await axeViolations(page), [], 'the choice is axe-clean');
  await widget.getByRole('radio', { name: 'Sandbox Bank' }).check();
  await widget.getByRole('button', { name: 'Verify this account' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor();
  await waitForEvent(page, 'connect/memberConnected');
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('verification mode: a connection with several accounts asks which one to verify', async () => {
  const { page, widget, pageErrors } = await openHost(browser, { mode: 'verification' });
  await searchInstead(widget);
  await pickBank(widget, 'fake bank simple', 'Fake Bank Simple');
  await widget.getByLabel('Login').fill('username-ada');
  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByRole('button', { name: 'Continue' }).click();
  const heading = widget.getByRole('heading', { name: 'Choose the account to verify' });
  await heading.waitFor({ timeout: 20000 });
  await expectEventually(() => focused(heading), () => 'focus on the heading');
  assert.deepEqual(await widget.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.labels[0].textContent)),
    ['Fake account 1 (ending in 0000)', 'Fake card (ending in 5678)'], 'by name and the end of the number only');
  assert.deepEqual(await eventsOf(page, 'connect/memberConnected'), [], 'connected once the account is chosen');
  assert.deepEqual(await axeViolations(page), [], 'the choice is axe-clean');
  await widget.getByRole('button', { name: 'Verify this account' }).click();
  await widget.getByText('Your accounts is required.').waitFor();
  await widget.getByRole('radio', { name: 'Fake card (ending in 5678)' }).check();
  await widget.getByRole('button', { name: 'Verify this account' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor();
  assert.deepEqual(await widget.getByRole('listitem').allTextContents(), ['Fake card (ending in 5678)']);
  const [selected] = await eventsOf(page, 'connect/verification/accountSelected');
  assert.equal(selected.account_guid, 'ACC-SBX-2');
  assert.equal(selected.account_name, 'Fake card');
  const [connected] = await eventsOf(page, 'connect/memberConnected');
  assert.equal(connected.member_guid, selected.member_guid);
  const names = (await hostEventData(page)).map((event) => event.type);
  assert.ok(names.indexOf('connect/verification/accountSelected') < names.indexOf('connect/memberConnected'));
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('the guided flows speak the widget\'s language', async () => {
  const { page, widget } = await openHost(browser, { ...AGGREGATION, locale: 'fr' });
  await widget.getByRole('button', { name: 'Vous ne trouvez pas votre banque ?' }).click();
  await widget.getByRole('heading', { name: 'Vous ne trouvez pas votre banque ?' }).waitFor();
  await widget.getByRole('button', { name: 'Ajouter un compte manuellement' }).click();
  await widget.getByLabel('Nom du compte').waitFor();
  await widget.getByRole('button', { name: 'Ajouter le compte' }).click();
  await widget.getByText('Nom du compte : ce champ est obligatoire.').waitFor();
  assert.equal(await widget.getByLabel('Nom du compte').getAttribute('aria-invalid'), 'true');
  await page.close();
});
