// Fuzzes the host-options check every embedding runs (npm/options.js): random option objects,
// hostile values included, against its contract. FUZZ_CASES sets the number of cases (2,000 in
// CI; scripts/fuzz.sh runs a long campaign and prints the figures).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkOptions, COMMON_OPTIONS, FATAL_OPTIONS } from '../../npm/options.js';

const CASES = Number(process.env.FUZZ_CASES ?? 2000);

/** A deterministic random source (mulberry32) for seed `seed`. */
function random(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: (list) => list[Math.floor(next() * list.length)] };
}

const KEYS = [
  ...Object.keys(COMMON_OPTIONS), 'onSucess', 'colour', 'Locale', 'callback', 'constructor', 'toString',
  '__proto__', 'hasOwnProperty', 'valueOf', '', ' ', 'x'.repeat(300), 'ünïcode', 'url',
];

function cyclic() {
  const value = { name: 'loop' };
  value.self = value;
  return value;
}

const VALUES = [
  () => 'en', () => '', () => 'x'.repeat(10_000), () => 42, () => 0, () => -1, () => NaN, () => Infinity,
  () => true, () => false, () => null, () => undefined, () => () => {}, async () => {}, () => [], () => ['a'],
  () => ({}), () => ({ loadInstitutions: () => [] }), cyclic, () => 10n, () => Symbol('s'), () => new Date(0),
  () => Object.create(null), () => new Map(), () => /re/,
];

function options(rng) {
  const entries = Array.from({ length: Math.floor(rng.next() * 6) }, () => [rng.pick(KEYS), rng.pick(VALUES)()]);
  return Object.fromEntries(entries);
}

/** What the contract says about one value of a known key. */
function fits(value, type) {
  if (value == null) return true;
  if (type === 'object') return typeof value === 'object' && !Array.isArray(value);
  if (type === 'function') return typeof value === 'function';
  return typeof value === type;
}

test(`checkOptions keeps, reports or refuses each of ${CASES} random option objects as documented`, () => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    let refused = 0;
    for (let seed = 0; seed < CASES; seed += 1) {
      const rng = random(seed);
      const given = rng.next() < 0.03 ? rng.pick([null, undefined, 'x', 1]) : options(rng);
      const fatalWrong = given !== null && typeof given === 'object'
        && Object.entries(given).some(([k, v]) => FATAL_OPTIONS.includes(k) && !fits(v, COMMON_OPTIONS[k]));
      let result;
      try {
        result = checkOptions('mount', given, COMMON_OPTIONS, FATAL_OPTIONS);
      } catch (error) {
        assert.ok(error instanceof TypeError, `seed ${seed}: ${error}`);
        assert.ok(fatalWrong || typeof given !== 'object' || given === null, `seed ${seed}: refused ${error.message}`);
        assert.match(error.message, /^mount: options/, `seed ${seed}`);
        refused += 1;
        continue;
      }
      assert.ok(!fatalWrong, `seed ${seed}: a wrongly typed callback option was accepted`);
      for (const [key, value] of Object.entries(given)) {
        const known = Object.hasOwn(COMMON_OPTIONS, key);
        const kept = Object.hasOwn(result.options, key);
        const named = result.problems.filter((p) => p.startsWith(`mount: unknown option \`${key}\``) || p.startsWith(`mount: options.${key} must`));
        assert.equal(kept, known && fits(value, COMMON_OPTIONS[key]), `seed ${seed}: ${key} kept=${kept}`);
        assert.equal(named.length, kept ? 0 : 1, `seed ${seed}: ${key} named ${named.length} times: ${result.problems}`);
      }
      for (const problem of result.problems) assert.match(problem, /^mount: /, `seed ${seed}`);
    }
    assert.ok(refused > 0 && refused < CASES / 2, `${refused} of ${CASES} refused`);
  } finally {
    console.warn = warn;
  }
});
