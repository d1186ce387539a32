// Checks a host's options against what the package knows: a TypeError for what cannot work, a
// problem (a warning that names the key, and the closest known key for a misspelt one) for the rest.

/** The edit distance between two short strings (Levenshtein). */
function distance(a, b) {
  let previous = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] !== b[j - 1]));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known key that `key` most likely misspells, if any. */
function closestKey(key, known) {
  const scored = known.map((candidate) => [distance(key.toLowerCase(), candidate.toLowerCase()), candidate]);
  const [best, candidate] = scored.sort((x, y) => x[0] - y[0])[0];
  return best <= Math.max(2, key.length / 3) ? candidate : undefined;
}

/** Whether `value` is of `type`: 'any', 'function', 'object', 'string', 'number' or 'array'. */
function fits(value, type) {
  if (type === 'object') return typeof value === 'object' && !Array.isArray(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'number') return value > 0 && value < Infinity;
  return type === 'any' || typeof value === type;
}

/** A short description of `value` for a message: its JSON when it has one, else its type. */
function describe(value) {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value; // a cycle or a BigInt
  }
}

/**
 * Checks `options` against `spec` (`{key: type}`). A key of `fatal` whose value (when given) has
 * the wrong type throws a TypeError naming `where`. Returns `{options, problems}`: the options
 * without unusable values, and a message for each unknown key or wrongly typed value (also
 * warned about in the console).
 */
export function checkOptions(where, options, spec, fatal) {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${where}: options must be an object`);
  const kept = {};
  const problems = [];
  for (const [key, value] of Object.entries(options)) {
    const type = Object.hasOwn(spec, key) ? spec[key] : undefined;
    const wrong = `${where}: options.${key} must be ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
    if (!type) {
      const near = closestKey(key, Object.keys(spec));
      problems.push(`${where}: unknown option \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ''}`);
    } else if (value == null || fits(value, type)) {
      kept[key] = value;
    } else if (fatal.includes(key)) {
      throw new TypeError(wrong);
    } else {
      problems.push(`${wrong}, got ${describe(value)}; ignored`);
    }
  }
  for (const problem of problems) console.warn(`connect-widget: ${problem}`);
  return { options: kept, problems };
}

/** The options every embedding shares. */
export const COMMON_OPTIONS = {
  callbacks: 'object',
  clientConfig: 'object',
  onEvent: 'function',
  onSuccess: 'function',
  onExit: 'function',
  locale: 'string',
  theme: 'string',
  colorScheme: 'string',
  uxTemplate: 'string',
  brandColor: 'string',
  logoUrlTemplate: 'string',
  dialect: 'string',
  eventFormat: 'string',
  oauthResume: 'string',
  consent: 'object',
};

/** `value` as JSON text for the widget (which checks it): `undefined` when not given. */
export function jsonText(value) {
  try {
    return value == null ? undefined : JSON.stringify(value);
  } catch {
    return 'not JSON'; // a cycle or a BigInt: reported by the widget
  }
}

/** The options an embedding cannot work with a wrong value of. */
export const FATAL_OPTIONS = ['callbacks', 'onEvent', 'onSuccess', 'onExit'];
