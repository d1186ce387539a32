// The iframe page's start-up script (bundled with the glue by tools/bundle.mjs, which fills in the
// module's hashed name). The shipped module traps at once on a panic, with no hook of its own: a
// trap surfaces here, and `crashed()` then shows the error message and tells the host.
import init, { crashed } from './app.js';

let stopped = false;

/** Handles a WebAssembly trap once; anything else is not ours. */
function onTrap(error) {
  if (stopped || !(error instanceof WebAssembly.RuntimeError)) return;
  stopped = true;
  console.error('connect-widget: the widget stopped on an internal error', error);
  try {
    crashed();
  } catch (again) {
    console.error('connect-widget: could not show the error message', again);
  }
}

addEventListener('error', (event) => onTrap(event.error));
addEventListener('unhandledrejection', (event) => onTrap(event.reason));
init({ module_or_path: new URL(WASM_URL, import.meta.url) }).catch(onTrap);
