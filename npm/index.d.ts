// Types of the connect-widget package: `mount(element, options)`.

/** A value a callback may resolve with: the documented object, or a Promise of it. */
type Answer<T> = T | Promise<T>;

/** MX's `clientConfig`: passed to the callbacks that take a config. */
export interface ClientConfig {
  mode?: 'aggregation' | 'verification';
  current_institution_code?: string | null;
  current_institution_guid?: string | null;
  /** Open on this existing member, where its status leads (docs/embedding.md, "Opening on an existing member"). */
  current_member_guid?: string | null;
  /** With `current_member_guid`: open on the form to update its credentials (`updateMember`). */
  update_credentials?: boolean;
  /** With `current_member_guid`: refresh it at once (`runJob`), unless its status calls for something a job cannot fix. */
  refresh?: boolean;
  /** Whether the backend stores the credentials: `ask` lets the user choose on the form (`store_credentials` in addMember's data). */
  credentials_strategy?: 'store' | 'do_not_store' | 'ask';
  /** Updating a member's credentials: `override` sends `override_credentials: true` in updateMember's data; `ask` first asks the user to tick a box confirming it. */
  override_credentials_strategy?: 'ask' | 'override';
  /** The country whose institutions the search asks for (two letters; `loadInstitutions` gets it). */
  iso_country_code?: string | null;
  /** The countries the user may search in, e.g. "US,GB,XF": with two or more, "Can't find your bank?" offers a choice. */
  allowed_countries?: string;
  color_scheme?: 'light' | 'dark' | 'auto';
  /** Open on this micro-deposit, where its status leads (enter the amounts, come back later, verified…). */
  current_microdeposit_guid?: string | null;
  /** "Can't find your bank?" offers micro-deposits (verification mode only; MX's widget-profile name). */
  show_microdeposits_in_connect?: boolean;
  /** "Can't find your bank?" offers a manual account (aggregation mode only; `createAccount`). */
  enable_manual_accounts?: boolean;
  /** "Can't find your bank?" offers a support request (`createSupportTicket`). */
  enable_support_requests?: boolean;
  /** With a `current_institution_*`: the widget never shows its search; it emits `backToSearch` instead. */
  disable_institution_search?: boolean;
  /** The host's page the bank returns to after a top-level redirect (docs/oauth.md). */
  client_redirect_url?: string | null;
  is_mobile_webview?: boolean;
  oauth_referral_source?: 'BROWSER' | 'APP';
  [key: string]: unknown;
}

/** An institution as MX returns it (only `guid` and `name` are required). */
export interface Institution {
  guid: string;
  name: string;
  code?: string;
  url?: string | null;
  popularity?: number | null;
  supports_oauth?: boolean;
  forgot_password_credential_recovery_url?: string | null;
  forgot_username_credential_recovery_url?: string | null;
  trouble_signing_credential_recovery_url?: string | null;
  instructional_text?: string | null;
  [key: string]: unknown;
}

/** A member as MX returns it; `connection_status` is a code (0–21) or a name ("CONNECTED"). */
export interface Member {
  guid: string;
  connection_status: number | string;
  /** While true (and the member is not CHALLENGED), the widget keeps polling. */
  is_being_aggregated?: boolean;
  /** `user_message` is shown to the user; `most_recent_job_detail_text` when it has none. */
  error?: { error_code?: number; user_message?: string } | null;
  /** MX sends `{}` on members that are not challenged. */
  mfa?: { credentials?: unknown[] } | null;
  /** The job `runJob` started, when `runJob` answers the member. */
  most_recent_job_guid?: string | null;
  most_recent_job_detail_text?: string | null;
  /** Used only when it is an http(s) URL (MX's own mocks send "test.com"); else `getOAuthWindowURI` is asked. */
  oauth_window_uri?: string | null;
  [key: string]: unknown;
}

/** A job as MX returns it; `status` uses the connection status codes or names. */
export interface Job {
  guid: string;
  status: number | string;
  finished_at?: number | null;
  [key: string]: unknown;
}

/** What `addMember` receives: credentials in the institution's dialect shape. */
export interface MemberData {
  institution_guid: string;
  /** MX: `[{guid, value}]`; Salt Edge / Tink: `{name: value}`. */
  credentials: unknown;
  is_oauth: boolean;
}

/** An OAuth state; `auth_status` 0–3 or UNKNOWN, PENDING, SUCCESS, ERRORED. */
export interface OAuthState {
  guid: string;
  auth_status: number | string;
  error_reason?: number | string | null;
  outbound_member_guid?: string | null;
  [key: string]: unknown;
}

/** What the user entered for a micro-deposit (`account_type` 1 checking, 2 savings). */
export interface MicrodepositDetails {
  account_name: string;
  account_number: string;
  account_type: number;
  routing_number: string;
  first_name: string;
  last_name: string;
  email: string;
}

/** A micro-deposit as MX returns it. */
export interface Microdeposit {
  guid: string;
  status: number;
  status_name?: string;
  account_name?: string;
  account_number?: string;
  account_type?: number | string;
  routing_number?: string;
  email?: string;
  first_name?: string;
  last_name?: string;
  deposit_expected_at?: string;
  [key: string]: unknown;
}

/**
 * The host's backend, named and called as in MX's connect widget (`src/context/ApiContext.tsx`).
 * Each returns a Promise (or a value). Answers may be wrapped (`{member: …}`, `{credentials: […]}`)
 * or bare; unknown fields are ignored. A rejection may be an `Error`, an axios-style
 * `{response: {status, data}}` or `{status, message}`; `data.message` is shown to the user where it
 * helps. A callback a flow needs but that is missing is reported in the console and as an `error`
 * event. docs/embedding.md lists the answer shapes each accepts.
 */
export interface Callbacks {
  // Institutions
  loadPopularInstitutions?(query: { per_page: number; [key: string]: unknown }): Answer<Institution[] | { institutions: Institution[] }>;
  /** Called with `search_name`, or with `routing_number` instead when the user typed nine digits with a valid ABA checksum. */
  loadInstitutions?(query: { search_name?: string; routing_number?: string; page: number; per_page: number; iso_country_code?: string }): Answer<Institution[] | { institutions: Institution[] }>;
  loadDiscoveredInstitutions?(query?: Record<string, unknown>): Answer<Institution[] | { institutions: Institution[] }>;
  /** The institution named by `clientConfig.current_institution_guid` / `_code`. */
  loadInstitutionByGuid?(guid: string): Answer<Institution | { institution: Institution }>;
  loadInstitutionByCode?(code: string): Answer<Institution | { institution: Institution }>;
  // Credentials
  /** A credential schema in any supported dialect: MX `{credentials}` or `[…]`, Salt Edge `required_fields`, Tink `fields`. */
  getInstitutionCredentials?(institutionGuid: string): Answer<unknown>;
  getMemberCredentials?(memberGuid: string): Answer<unknown>;
  // Members
  /** Rejected with 409 `{response: {status: 409, data: {guid}}}` when the member exists: the widget loads it and goes on from its status. */
  addMember?(memberData: MemberData, config: ClientConfig | null, isHuman: boolean): Answer<Member | { member: Member }>;
  updateMember?(member: MemberData & { guid: string }, config: ClientConfig | null, isHuman: boolean): Answer<Member | { member: Member }>;
  /** Rejected: the same prompt comes back with `data.message`. */
  updateMFA?(member: { guid: string; credentials: unknown }, config: ClientConfig | null, isHuman: boolean): Answer<Member | { member: Member }>;
  /** The user disconnects the member the widget was opened on (`current_member_guid`); the answer is ignored. */
  deleteMember?(member: { guid: string }): Answer<unknown>;
  loadMembers?(locale?: string): Answer<Member[] | { members: Member[] }>;
  loadMemberByGuid?(memberGuid: string, locale: string): Answer<Member | { member: Member }>;
  // Jobs
  /** A job (`{job_guid}`), or the member as MX's hosts answer: its `most_recent_job_guid` is polled, else the member. */
  runJob?(jobType: number, memberGuid: string, config: ClientConfig | null, isHuman: boolean): Answer<{ job_guid: string; status?: number } | Member | { member: Member }>;
  loadJob?(jobGuid: string): Answer<Job | { job: Job }>;
  // OAuth (docs/oauth.md)
  getOAuthWindowURI?(memberGuid: string, config: ClientConfig | null): Answer<{ guid?: string; oauth_window_uri: string }>;
  oAuthStart?(payload: { member: { guid: string } }): Answer<unknown>;
  loadOAuthStates?(query: { outbound_member_guid: string; auth_status?: string }): Answer<OAuthState[] | { oauth_states: OAuthState[] }>;
  loadOAuthState?(guid: string): Answer<OAuthState | { oauth_state: OAuthState }>;
  /** Ours, optional: what the bank sent back to the widget's callback page. */
  oAuthComplete?(payload: { member_guid: string; query_string: string }): Answer<unknown>;
  // Verification and micro-deposits
  /** `{}` when micro-deposits may go to this routing number; else why not (reason 0 INVALID, 1 BLOCKED, 2 CLIENT_BLOCKED, 3 IAV_PREFERRED). */
  verifyRoutingNumber?(routingNumber: string, includeIdentity: boolean): Answer<{ blocked_routing_number?: { guid?: string | null; reason: number; reason_name?: string } | null }>;
  createMicrodeposit?(data: MicrodepositDetails): Answer<Microdeposit | { micro_deposit: Microdeposit }>;
  loadMicrodepositByGuid?(guid: string): Answer<Microdeposit | { micro_deposit: Microdeposit }>;
  updateMicrodeposit?(guid: string, data: MicrodepositDetails): Answer<Microdeposit | { micro_deposit: Microdeposit }>;
  refreshMicrodepositStatus?(guid: string): Answer<unknown>;
  /** The amounts in cents as two digits: `"07"` for 0.07. */
  verifyMicrodeposit?(guid: string, amounts: { deposit_amount_1: string; deposit_amount_2: string }): Answer<Microdeposit | { micro_deposit: Microdeposit }>;
  // Other
  /** `account_type`: MX's code (1 checking, 2 savings, 3 loan, 4 credit card, 5 investment, 7 mortgage, 8 property, 9 cash, 0 other); `balance`: a plain decimal ("1250.50") or null. */
  createAccount?(account: { account_type: number; user_name: string; balance: string | null; is_personal: boolean }): Answer<{ guid?: string; account_type?: unknown } | { account: { guid: string } }>;
  createSupportTicket?(ticket: { email: string; title: string; message: string }): Answer<unknown>;
}

/** The native event envelope. No event ever carries a credential value. */
export interface WidgetEvent {
  /** `connect/<name>`: loaded, stepChange, institutionSearch, selectedInstitution, consentAccepted, consentDeclined, enterCredentials, updateCredentials, submitMFA, memberStatusUpdate, memberError, createMemberError, memberConnected, connected/primaryAction, memberDeleted, oauthRequested, oauthPopupBlocked, oauthError, backToSearch, exit, error (docs/events.md). */
  type: string;
  version: 1;
  seq: number;
  session_id: string;
  timestamp: number;
  metadata: Record<string, unknown>;
}

/** The MX-compatible envelope (`eventFormat: 'mx'`). */
export interface MxEvent {
  mx: true;
  /** `mx/connect/<name>`. */
  type: string;
  metadata: Record<string, unknown>;
}

export interface MountOptions {
  callbacks: Callbacks;
  clientConfig?: ClientConfig;
  /** Every event, in order (a JSON string with `eventFormat: 'saltedge'`). */
  onEvent?(event: WidgetEvent | MxEvent | string): void;
  /** The connection succeeded. */
  onSuccess?(metadata: { member_guid: string }): void;
  /** The user pressed Close (shown only when `onExit` is given); remove the widget then. */
  onExit?(metadata: { step: string; reason: 'user_closed' }): void;
  /**
   * The language: `en` (default), `es`, `fr`, `fr-CA`, `ro` or `sv`, with or without a region
   * (`fr-CA` falls back to `fr`, then English, text by text). Languages other than English load
   * from the package's `locales/` folder before the widget appears.
   */
  locale?: 'en' | 'es' | 'fr' | 'fr-CA' | 'ro' | 'sv' | (string & {});
  /**
   * Your own texts, by message key (docs/copy.md lists every key and its English text), in every
   * language: `{ 'search.heading': 'Find your bank' }`. A text may use the message's `{name}`
   * placeholders; a plural message takes `{ one: …, other: … }`. A key the widget does not have is
   * reported (console and an `invalid_config` event) and ignored.
   */
  copy?: Record<string, string | Record<string, string>>;
  /**
   * `light` (default), `dark`, or `auto` (the user's system setting, followed as it changes);
   * `colorScheme` is the same, under MX's name.
   */
  theme?: 'light' | 'dark' | 'auto';
  colorScheme?: 'light' | 'dark' | 'auto';
  /** The density: `default`, or `compact` (less space; Finqware's template name). */
  uxTemplate?: 'default' | 'compact';
  /**
   * Your brand colour for primary buttons and links, `#rrggbb` or `#rgb`. Used in each colour
   * scheme where it has at least 4.5:1 contrast (WCAG AA); elsewhere the widget's own colour
   * stays, and an `invalid_config` error says so.
   */
  brandColor?: string;
  /**
   * The logo of an institution the backend sends without a `logo_url` (MX's institutions have
   * none): an https URL with `{guid}` or `{code}`, e.g. `https://cdn.example/logos/{guid}.png`.
   */
  logoUrlTemplate?: string;
  /**
   * Ask the user's consent before any form or bank's page (Salt Edge's consent object; its API's
   * `{data: …}` answer works too): what is shared, transactions from when, for how long, and who
   * receives it. Agreeing emits `consentAccepted` and sends `consent` in `addMember`'s member data;
   * declining emits `consentDeclined`.
   */
  consent?: Consent;
  /** Parse credential schemas as this dialect instead of detecting it. */
  dialect?: 'mx' | 'saltedge' | 'tink';
  /**
   * The envelope `onEvent` receives: `native` (default, {@link WidgetEvent}), `mx`
   * (`{mx: true, type: "mx/connect/<name>", metadata}`) or `saltedge` (JSON strings).
   */
  eventFormat?: 'native' | 'mx' | 'saltedge';
  /** The bank's parameters after a top-level redirect (`oauthReturn()`'s `queryString`): the widget picks up that attempt. */
  oauthResume?: string;
}

/** A consent to ask for (Salt Edge's consent request fields, and the recipient's name). */
export interface Consent {
  scopes: Array<'account_details' | 'holder_information' | 'transactions_details'>;
  /** The first day of the transactions shared, `YYYY-MM-DD`. */
  from_date?: string;
  /** How many days the consent lasts (none: until withdrawn). */
  period_days?: number;
  /** When it ends (a date or an RFC 3339 time), instead of `period_days`. */
  expires_at?: string;
  /** Who receives the data: your app's or company's name (else "This app"). */
  recipient?: string;
}

export interface WidgetHandle {
  /**
   * Removes the widget, its nodes and listeners, and stops polling. The widget lives until then
   * (keeping the handle is not required), or until its element leaves the page.
   */
  destroy(): void;
  /**
   * Goes one step back: from the form to the search; from connecting, MFA or a failure to the
   * form (abandoning the attempt); from the connected screen to the search.
   */
  back(): void;
  /**
   * Switches the running widget to another language (see {@link MountOptions.locale}); resolves
   * once every text is in it, rejects with a TypeError for a language the widget does not speak.
   * The step on screen is drawn again in the new language.
   */
  setLocale(locale: string): Promise<void>;
}

/**
 * Renders the widget into `element` (an element, or a CSS selector for one). Include
 * `connect-widget/widget.css` for its styles. Rejects with a `TypeError` when no element matches,
 * `callbacks` is not an object or a callback option is not a function; other unusable options
 * are left out, warned about in the console and reported as `invalid_config` error events.
 */
export function mount(element: HTMLElement | string, options: MountOptions): Promise<WidgetHandle>;
