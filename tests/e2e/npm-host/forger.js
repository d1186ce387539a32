// A frame of the host's own origin but not the widget: it pretends to be the loader towards the
// widget, and the widget towards the loader, then tells the host page it is done (messages from
// one window arrive in order, so by then the others have been handled).
const widget = parent.document.querySelector('#first iframe').contentWindow;
// 2^40 paths through 41 objects: the widget must not read it before checking where it came from.
let bomb = { leaf: 1 };
for (let i = 0; i < 40; i += 1) bomb = { a: bomb, b: bomb };
widget.postMessage({ connect_widget_bridge: 1, kind: 'response', id: 1, ok: true, value: bomb }, '*');
widget.postMessage({ connect_widget_bridge: 1, kind: 'config', config: { locale: 'en' } }, '*');
parent.postMessage({ connect_widget_bridge: 1, kind: 'request', id: 99, name: 'addMember',
  args: [{ institution_guid: 'INS-1', credentials: [], is_oauth: false }, null, true] }, '*');
parent.postMessage({ connect_widget_bridge: 1, kind: 'event', name: 'memberConnected', metadata: { member_guid: 'MBR-FORGED' } }, '*');
parent.postMessage({ forger_done: true }, '*');
