// connect-widget: load the WebAssembly module once, then mount widgets.
import init, { mount as mountWasm } from './connect_widget.js';

let ready;

/** Renders the widget into `element`; resolves to a handle with `destroy()`. */
export async function mount(element, options) {
  ready ??= init({ module_or_path: new URL('./connect_widget_bg.wasm', import.meta.url) });
  await ready;
  return mountWasm(element, options);
}
