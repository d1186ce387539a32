// The bank's approval link carries the widget's `state` back, as a bank's authorization server does.
const state = new URLSearchParams(location.search).get('state') ?? '';
const back = new URL('./oauth-return.html', location.href);
back.search = new URLSearchParams({ code: 'approved-by-the-user', state }).toString();
document.getElementById('approve').href = back.href;
