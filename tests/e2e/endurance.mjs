// Memory and endurance (not part of the test suite: scripts/endurance.sh runs it and prints the
// figures). Through the npm package on the npm host page, in headless Chromium:
//   1. CYCLES mount/destroy cycles (each waits for the popular list), sampled every tenth cycle;
//   2. a polling session of MINUTES minutes of page time whose jobs never finish: the widget polls
//      up to its ceiling, fails with "Try again", and is sent again, over and over. Page time is
//      moved forward with Playwright's clock, so 30 minutes take a few minutes.
// Each sample, after a forced garbage collection: JS heap used, the wasm memory, DOM nodes, event
// listeners (Chromium's count), and the page's pending timers. Prints a table per phase and the
// growth from the first sample after warm-up to the last; exits 1 when anything grew beyond noise.
import { captureWasmMemory, launch, serveNpmHost } from './support.mjs';

const CYCLES = Number(process.env.CYCLES ?? 100);
const MINUTES = Number(process.env.MINUTES ?? 30);

/** Counts pending timers; runs in the page before its scripts. */
function instrument() {
  const pending = new Set();
  const wrap = (set, clear, repeat) => {
    const realSet = window[set];
    const realClear = window[clear];
    window[set] = function (handler, ...rest) {
      const id = realSet.call(this, typeof handler === 'function' && !repeat
        ? (...args) => { pending.delete(id); return handler(...args); } : handler, ...rest);
      pending.add(id);
      return id;
    };
    window[clear] = function (id) { pending.delete(id); return realClear.call(this, id); };
  };
  wrap('setTimeout', 'clearTimeout', false);
  wrap('setInterval', 'clearInterval', true);
  window.__pendingTimers = () => pending.size;
}

async function sample(page, cdp, label) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const [wasm, timers] = await page.evaluate(() => [window.__wasmMemory?.buffer.byteLength ?? NaN, window.__pendingTimers()]);
  return { label, heap: metric('JSHeapUsedSize'), wasm, nodes: metric('Nodes'), listeners: metric('JSEventListeners'), timers };
}

function print(title, samples) {
  console.log(`\n${title}`);
  console.log(`${'sample'.padEnd(14)} ${'JS heap KB'.padStart(11)} ${'wasm KB'.padStart(9)} ${'nodes'.padStart(7)} ${'listeners'.padStart(10)} ${'timers'.padStart(7)}`);
  for (const s of samples) {
    console.log(`${s.label.padEnd(14)} ${(s.heap / 1024).toFixed(0).padStart(11)} ${(s.wasm / 1024).toFixed(0).padStart(9)} ${String(s.nodes).padStart(7)} ${String(s.listeners).padStart(10)} ${String(s.timers).padStart(7)}`);
  }
  const [first, last] = [samples[1] ?? samples[0], samples.at(-1)];
  const growth = {
    heapKB: (last.heap - first.heap) / 1024, wasmKB: (last.wasm - first.wasm) / 1024,
    nodes: last.nodes - first.nodes, listeners: last.listeners - first.listeners, timers: last.timers - first.timers,
  };
  console.log(`growth after warm-up (${first.label} → ${last.label}): JS heap ${growth.heapKB.toFixed(0)} KB, wasm ${growth.wasmKB.toFixed(0)} KB, ` +
    `nodes ${growth.nodes}, listeners ${growth.listeners}, timers ${growth.timers}`);
  // Noise: the heap moves by a few hundred KB between collections; the wasm memory grows in 64 KB pages.
  return growth.heapKB < 1024 && growth.wasmKB <= 128 && growth.nodes <= 50 && growth.listeners <= 5 && growth.timers <= 2;
}

async function cycles(browser, site) {
  const page = await browser.newPage();
  await page.addInitScript(captureWasmMemory);
  await page.addInitScript(instrument);
  await page.goto(`${site.url}/`);
  await page.waitForFunction(() => window.__mounted === true);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const samples = [await sample(page, cdp, 'mounted')];
  for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
    await page.evaluate(async () => {
      window.__handles.first.destroy();
      window.__calls.length = 0;
      window.__handles.first = await window.__mount(document.getElementById('first'), { callbacks: window.__backend(), onEvent() {} });
    });
    await page.getByRole('region', { name: 'First widget' }).getByRole('option', { name: /^First Bank/ }).waitFor();
    if (cycle % 10 === 0) samples.push(await sample(page, cdp, `cycle ${cycle}`));
  }
  await page.close();
  return print(`${CYCLES} mount/destroy cycles`, samples);
}

async function polling(browser, site) {
  const page = await browser.newPage();
  await page.clock.install();
  await page.addInitScript(captureWasmMemory);
  await page.addInitScript(instrument);
  await page.goto(`${site.url}/?pending_jobs=1`);
  await page.waitForFunction(() => window.__mounted === true);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const widget = page.getByRole('region', { name: 'First widget' });
  await widget.getByRole('option', { name: /^First Bank/ }).click();
  await widget.getByLabel('Username').fill('ada');
  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connecting to First Bank' }).waitFor();
  const samples = [await sample(page, cdp, 'polling')];
  let attempts = 1;
  for (let second = 10; second <= MINUTES * 60; second += 10) {
    await page.clock.fastForward(10_000);
    const again = widget.getByRole('button', { name: 'Try again' });
    if (await again.isVisible()) {
      await again.click();
      const form = widget.getByLabel('Password', { exact: true });
      if (await form.isVisible()) {
        await form.fill('secret');
        await widget.getByRole('button', { name: 'Continue' }).click();
      }
      attempts += 1;
    }
    if (second % 300 === 0) {
      await page.evaluate(() => { window.__calls.length = 0; window.__events.first.length = 0; });
      samples.push(await sample(page, cdp, `${second / 60} min`));
    }
  }
  await page.close();
  return print(`${MINUTES} minutes of polling (page time; ${attempts} attempts, each to the polling ceiling)`, samples);
}

const site = await serveNpmHost();
const browser = await launch();
try {
  const steady = [await cycles(browser, site), await polling(browser, site)];
  console.log(steady.every(Boolean) ? '\nno growth beyond noise' : '\nGROWTH beyond noise: see the tables above');
  process.exitCode = steady.every(Boolean) ? 0 : 1;
} finally {
  await browser.close();
  site.close();
}
