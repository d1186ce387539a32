// Compiled with `tsc --noEmit --strict` against the built package: the types describe the real API
// and reject misuse.
import { mount, type Callbacks, type WidgetEvent } from '../../target/npm/package/index.js';

const callbacks: Callbacks = {
  loadPopularInstitutions: async ({ per_page }) => ({ institutions: [{ guid: 'INS-1', name: `Bank ${per_page}` }] }),
  loadInstitutions: async (query) => [{ guid: 'INS-1', name: query.search_name ?? `Routing ${query.routing_number}` }],
  getInstitutionCredentials: async () => ({ credentials: [] }),
  addMember: async (data) => ({ member: { guid: 'MBR-1', connection_status: data.is_oauth ? 0 : 'CREATED' } }),
  runJob: async () => ({ job_guid: 'JOB-1' }),
  loadJob: async (guid) => ({ guid, status: 6, finished_at: 1 }),
  loadMemberByGuid: async (guid) => ({ guid, connection_status: 'CONNECTED' }),
  loadInstitutionByCode: async (code) => ({ institution: { guid: 'INS-1', name: code } }),
  getOAuthWindowURI: async (memberGuid) => ({ guid: memberGuid, oauth_window_uri: 'https://bank.example/authorize' }),
};

// An MX host's callbacks as MX's widget's own mocks answer (runJob answers a member; 409 on addMember).
const mxHost: Callbacks = {
  ...callbacks,
  addMember: async () => { throw { response: { status: 409, data: { guid: 'MBR-123' } } }; },
  updateMember: async (member) => ({ guid: member.guid, connection_status: 0, is_being_aggregated: true, mfa: {} }),
  runJob: async (_type, guid) => ({ member: { guid, connection_status: 0, most_recent_job_guid: 'JOB-123', oauth_window_uri: 'test.com' } }),
  loadJob: async (guid) => ({ guid, status: 6, finished_at: 1728069504, job_type: 0 }),
  updateMFA: async (member) => ({ guid: member.guid, connection_status: 3 }),
  deleteMember: async () => undefined,
  loadMembers: async () => [{ guid: 'MBR-123', connection_status: 6 }],
  getMemberCredentials: async () => [],
  loadOAuthState: async (guid) => ({ oauth_state: { guid, auth_status: 2 } }),
  verifyRoutingNumber: async () => ({}),
  verifyMicrodeposit: async (guid, amounts) => ({ guid, status: amounts.deposit_amount_1 === '07' ? 3 : 5 }),
  createAccount: async (account) => ({ guid: 'ACC-123', account_type: account.account_type }),
  createSupportTicket: async ({ email }) => email,
};

export async function embed(element: HTMLElement): Promise<void> {
  const handle = await mount(element, {
    callbacks,
    clientConfig: { mode: 'verification', show_microdeposits_in_connect: true, enable_support_requests: true, current_microdeposit_guid: null },
    onEvent: (event) => console.log(typeof event === 'string' ? event : (event as WidgetEvent).type),
    onSuccess: ({ member_guid }) => console.log(member_guid),
    colorScheme: 'dark',
  });
  handle.back();
  const switched: Promise<void> = handle.setLocale('ro');
  void switched;
  handle.destroy();

  await mount('#widget', { callbacks }); // a selector works too
  await mount(element, { callbacks: mxHost, eventFormat: 'mx' });
  // @ts-expect-error: the element must be an HTMLElement or a selector
  await mount(42, { callbacks });
  // @ts-expect-error: callbacks are required
  await mount(element, {});
  // @ts-expect-error: only the documented colour schemes
  await mount(element, { callbacks, colorScheme: 'purple' });
  // @ts-expect-error: only the documented themes
  await mount(element, { callbacks, theme: 'neon', onExit: ({ step }) => console.log(step) });
  // @ts-expect-error: only the documented event formats
  await mount(element, { callbacks, eventFormat: 'xml' });
}

// The custom element's types: the tag maps to the element class, and its events are typed.
import type { ConnectWidgetElement } from '../../target/npm/package/element.js';

export function configure(): ConnectWidgetElement | null {
  const element = document.querySelector('connect-widget');
  if (element) {
    element.callbacks = callbacks;
    element.addEventListener('connect/stepChange', (event) => console.log(event.detail.metadata));
  }
  return element;
}

// The iframe loader's types.
import { embed as embedFrame } from '../../target/npm/package/embed.js';

export async function frame(container: HTMLElement): Promise<HTMLIFrameElement> {
  const widget = embedFrame({
    url: 'https://widget.example/',
    container,
    callbacks,
    eventFormat: 'mx',
    onEvent: (event) => console.log(event),
    onError: ({ code }) => console.warn(code),
  });
  await widget.ready;
  widget.back();
  widget.destroy();
  // @ts-expect-error: the widget's URL is required
  embedFrame({ container, callbacks });
  return widget.iframe;
}

// The bank's return page: the helper's answer says whether to embed the widget again.
import { oauthReturn } from '../../target/npm/package/oauth-return.js';

export function bankReturn(container: HTMLElement): void {
  const returned = oauthReturn({ widgetOrigin: 'https://widget.example', clientRedirectUrl: 'https://app.example/bank-return?tab=1' });
  if (returned.kind === 'handed_over') return;
  embedFrame({
    url: 'https://widget.example/',
    container,
    callbacks,
    clientConfig: { client_redirect_url: 'https://app.example/bank-return?tab=1' },
    oauthResume: returned.kind === 'resume' ? returned.queryString : undefined,
  });
  // @ts-expect-error: only a resume carries the query string
  console.log(returned.queryString);
}
