// The gallery (issue 14): every step of the iframe page × light/dark × en/ro × 320/400 px wide,
// saved as PNG files under target/gallery/ (git-ignored) for people to look at, and axe-core run
// on each: no violations. Navigation uses the catalogues' own texts, so it works in any locale.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, axeViolations, catalogueText, launch, openHost } from './support.mjs';

const GALLERY = join(ROOT, 'target/gallery');
let browser;
before(async () => { browser = await launch(); mkdirSync(GALLERY, { recursive: true }); });
after(async () => { await browser?.close(); });

for (const scheme of ['light', 'dark']) {
  for (const locale of ['en', 'ro']) {
    for (const width of [320, 400]) {
      test(`gallery: ${scheme}, ${locale}, ${width} px`, async () => {
        const { page, widget, pageErrors } = await openHost(browser, { color_scheme: scheme, locale });
        await page.setViewportSize({ width: width + 40, height: 900 });
        await page.locator('iframe').evaluate((frame, w) => { frame.style.width = `${w}px`; }, width);
        const t = (key, values) => catalogueText(locale, key, values);
        const shoot = async (step) => {
          await page.locator('iframe').screenshot({ path: join(GALLERY, `${step}-${scheme}-${locale}-${width}.png`) });
          assert.deepEqual(await axeViolations(page), [], `${step}: axe violations`);
        };
        const heading = (key, values) => widget.getByRole('heading', { name: t(key, values) }).waitFor({ timeout: 20000 });
        const search = widget.getByRole('combobox', { name: t('search.label') });
        const signIn = async (fields) => {
          for (const [label, value] of fields) await widget.getByLabel(label, { exact: true }).fill(value);
          await widget.getByRole('button', { name: t('common.continue') }).click();
        };
        const open = async (query, bank) => {
          await search.fill(query);
          await widget.getByRole('option').filter({ hasText: bank }).first().click();
        };

        await widget.getByRole('option').first().waitFor();
        await shoot('search');
        await search.fill('bank');
        await widget.getByRole('option').filter({ hasText: 'Sandbox Bank' }).first().waitFor();
        await shoot('search-results');

        await open('sandbox bank', 'Sandbox Bank');
        await heading('credentials.heading', { institution: 'Sandbox Bank' });
        await widget.getByRole('button', { name: t('common.continue') }).click();
        await widget.locator('[aria-invalid="true"]').first().waitFor();
        await shoot('credentials-errors');
        await signIn([['Username', 'user_good'], ['Password', 'pass_good']]);
        await heading('connected.heading');
        await shoot('connected');

        await page.reload();
        await open('fake bank with sms', 'Fake Bank with SMS');
        await heading('credentials.heading', { institution: 'Fake Bank with SMS' });
        await signIn([['Login', 'username-ada'], ['Password', 'secret']]);
        await heading('mfa.heading', { institution: 'Fake Bank with SMS' });
        await shoot('mfa');

        await page.reload();
        await open('oauth', 'OAuth Bank');
        await widget.getByRole('button', { name: t('oauth.continue', { institution: 'OAuth Bank' }) }).waitFor();
        await shoot('oauth');

        await page.reload();
        await open('locked', 'Locked Bank');
        await heading('credentials.heading', { institution: 'Locked Bank' });
        await signIn([['Username', 'user_good'], ['Password', 'pass_good']]);
        await heading('error.heading');
        await shoot('failed');

        // Existing connections: one still updating, an update form, then the disconnection's screens.
        const reopen = async (params) => {
          const url = new URL(page.url());
          for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
          await page.goto(url.href);
        };
        await reopen({ current_member_guid: 'MBR-SBX-PENDING' }); // about half a minute of progress
        await heading('connecting.heading', { institution: 'Slow Savings' });
        await shoot('connecting');
        await reopen({ current_member_guid: 'MBR-SBX-DENIED' });
        await heading('credentials.heading', { institution: 'Sandbox Bank' });
        await widget.getByRole('alert').waitFor(); // why the bank refused the stored credentials
        await shoot('credentials-update');
        await reopen({ current_member_guid: 'MBR-SBX-CONNECTED' });
        await heading('connected.heading');
        await widget.getByRole('button', { name: t('disconnect.button') }).click();
        await heading('disconnect.heading', { institution: 'Sandbox Bank' });
        await shoot('disconnect');
        await widget.getByRole('button', { name: t('disconnect.button') }).click();
        await heading('disconnect.done_heading');
        await shoot('disconnected');

        // The consent a host asks for before a bank's form.
        const consent = { scopes: ['account_details', 'holder_information', 'transactions_details'], from_date: '2026-09-01', period_days: 90 };
        await reopen({ current_member_guid: '', consent: JSON.stringify(consent) });
        await open('sandbox bank', 'Sandbox Bank');
        await heading('consent.heading');
        await shoot('consent');

        // The guided flows: verification's connections, the ways on, micro-deposits.
        await reopen({ consent: '', mode: 'verification', show_microdeposits_in_connect: 'true', enable_support_requests: 'true' });
        await heading('guided.verify_heading');
        await shoot('verify-members');
        await widget.getByRole('button', { name: t('guided.verify_search') }).click();
        await widget.getByRole('button', { name: t('search.cant_find') }).click();
        await heading('guided.heading');
        await shoot('cant-find');
        await widget.getByRole('button', { name: t('guided.support') }).click();
        await heading('support.heading');
        await shoot('support');
        await reopen({ current_microdeposit_guid: 'MIC-SBX-REQUESTED' });
        await heading('microdeposits.waiting_heading');
        await shoot('microdeposit-waiting');
        await reopen({ current_microdeposit_guid: 'MIC-SBX-DEPOSITED' });
        await heading('microdeposits.amounts_heading');
        await shoot('microdeposit-amounts');

        assert.deepEqual(pageErrors, []);
        // The crash screen, in the widget's colours (the trap is the one page error).
        await reopen({ current_member_guid: '', current_microdeposit_guid: '', mode: '' });
        await search.fill('sandbox panic');
        await widget.getByRole('alert').filter({ hasText: t('error.heading') }).waitFor();
        await shoot('crash');
        assert.deepEqual(pageErrors, ['unreachable']);
        await page.close();
      });
    }
  }
}
