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
  return mountWasm(target, { ...checked.options, hostProblems: checked.problems.join('\n') });
}
