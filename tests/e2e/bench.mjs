// The widget's speed, measured from outside (scripts/bench.sh runs it; not a test). The npm package
// on the npm host page with 25 institutions whose backend answers after 50 ms, in headless
// Chromium; RUNS runs (default 15) at full speed and at 4× CPU slowdown. Per run: the time from
// navigation to a usable search box with the list shown; from the last keystroke of "maple" to the
// loaded list narrowed on screen, and to the backend's results announced; the JS heap and the wasm
// memory after a forced GC; DOM nodes; long tasks. Prints the medians.
import { captureWasmMemory, launch, serveNpmHost } from './support.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const QUERY = 'maple';
const LATENCY = Number(process.env.LATENCY ?? 50); // ms before the host's backend answers

/** Runs in the page before its scripts: timestamps of what the user would notice. */
function observe(query) {
  window.__bench = { longTasks: 0, longTaskMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { window.__bench.longTasks += 1; window.__bench.longTaskMs += entry.duration; }
  }).observe({ type: 'longtask', buffered: true });
  // Records when the frame after a change has been painted, unless a newer keystroke came since.
  const painted = (key) => {
    const keystroke = window.__bench.keystrokes;
    requestAnimationFrame(() => setTimeout(() => {
      if (window.__bench.keystrokes === keystroke) window.__bench[key] ??= performance.now();
    }, 0));
  };
  const status = () => document.querySelector('[role=status]')?.textContent ?? '';
  new MutationObserver(() => {
    const b = window.__bench;
    const box = document.querySelector('[role=combobox]');
    const options = [...document.querySelectorAll('[role=option]')].map((o) => o.textContent.toLowerCase());
    if (box && !box.disabled && options.length >= 10 && b.usableAt === undefined && !b.usableQueued) {
      b.usableQueued = true;
      painted('usableAt');
    }
    if (b.lastKey !== undefined && options.length && options.every((o) => o.includes(query)) && !b.narrowQueued) {
      b.narrowQueued = true;
      painted('narrowedAt');
    }
    if (b.lastKey !== undefined && /found/.test(status()) && status() !== b.statusAtKey && !b.answerQueued) {
      b.answerQueued = true;
      painted('answeredAt');
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  addEventListener('keydown', () => {
    Object.assign(window.__bench, {
      lastKey: performance.now(), keystrokes: (window.__bench.keystrokes ?? 0) + 1, statusAtKey: status(),
      narrowQueued: false, answerQueued: false, narrowedAt: undefined, answeredAt: undefined,
    });
  }, true);
}

async function run(browser, site, slowdown) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.addInitScript(captureWasmMemory);
  await page.addInitScript(observe, QUERY);
  await page.goto(`${site.url}/?bench=25&latency=${LATENCY}`);
  await page.waitForFunction(() => window.__bench.usableAt !== undefined);
  const box = page.getByRole('region', { name: 'First widget' }).getByRole('combobox', { name: 'Search for your bank' });
  await box.pressSequentially(QUERY, { delay: 80 });
  await page.waitForFunction(() => window.__bench.narrowedAt !== undefined && window.__bench.answeredAt !== undefined);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name).value;
  const b = await page.evaluate(() => ({ ...window.__bench, wasm: window.__wasmMemory?.buffer.byteLength }));
  await page.close();
  return {
    usable: b.usableAt, narrowed: b.narrowedAt - b.lastKey, answered: b.answeredAt - b.lastKey,
    heap: metric('JSHeapUsedSize') / 1024, wasm: b.wasm / 1024, nodes: metric('Nodes'), longTasks: b.longTasks, longTaskMs: b.longTaskMs,
  };
}

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const site = await serveNpmHost();
const browser = await launch();
try {
  const rows = [
    ['usable search box, list shown (ms from navigation)', 'usable'],
    [`last keystroke → loaded list narrowed (ms)`, 'narrowed'],
    [`last keystroke → backend's results announced (ms)`, 'answered'],
    ['JS heap after GC (KB)', 'heap'],
    ['wasm memory (KB)', 'wasm'],
    ['DOM nodes', 'nodes'],
    ['long tasks', 'longTasks'],
    ['long tasks, total (ms)', 'longTaskMs'],
  ];
  const results = {};
  for (const slowdown of [1, 4]) {
    results[slowdown] = [];
    for (let i = 0; i < RUNS; i += 1) results[slowdown].push(await run(browser, site, slowdown));
  }
  console.log(`npm package, 25 institutions, backend answers after ${LATENCY} ms; medians of ${RUNS} runs`);
  console.log(`${'metric'.padEnd(52)} ${'1× CPU'.padStart(10)} ${'4× slower'.padStart(10)}`);
  for (const [label, key] of rows) {
    const [fast, slow] = [1, 4].map((s) => median(results[s].map((r) => r[key])).toFixed(0));
    console.log(`${label.padEnd(52)} ${fast.padStart(10)} ${slow.padStart(10)}`);
  }
} finally {
  await browser.close();
  site.close();
}
