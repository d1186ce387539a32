// connect-widget: load the WebAssembly module once, then mount widgets.
import init, { mount as mountWasm } from './connect_widget.js';
import { checkOptions, COMMON_OPTIONS, FATAL_OPTIONS } from './options.js';

let ready;

/**
 * Renders the widget into `element` (an element, or a selector for one); resolves to a handle with
 * `destroy()`. Rejects with a TypeError for what cannot work (no such element, no callbacks, a
 * callback option that is not a function); other unusable options are left out, warned about in
 * the console and reported as `invalid_config` events.
 */
export async function mount(element, options) {
  const target = typeof element === 'string' ? document.querySelector(element) : element;
  if (!(target instanceof HTMLElement)) {
    throw new TypeError(typeof element === 'string' ? `mount: no element matches "${element}"` : 'mount: the first argument must be an element or a selector');
  }
  const checked = checkOptions('mount', options, COMMON_OPTIONS, FATAL_OPTIONS);
  if (!checked.options.callbacks) throw new TypeError('mount: options.callbacks must be an object of the host\'s callbacks (MX names)');
  ready ??= init({ module_or_path: new URL('./connect_widget_bg.wasm', import.meta.url) });
  await ready;
  return keepAlive(target, mountWasm(target, { ...checked.options, hostProblems: checked.problems.join('\n') }));
}

/** Mounted widgets: a handle the host drops must not take its widget with it at the next
 * garbage collection (wasm-bindgen frees a collected handle). */
const live = new Set();

/** Keeps `handle` until its `destroy()`, which also runs once `target` (on the page now) leaves it. */
function keepAlive(target, handle) {
  live.add(handle);
  const observer = new MutationObserver(() => { if (!target.isConnected) handle.destroy(); });
  if (target.isConnected) observer.observe(document, { childList: true, subtree: true });
  const destroy = handle.destroy.bind(handle);
  handle.destroy = () => {
    observer.disconnect();
    if (live.delete(handle)) destroy();
  };
  return handle;
}
