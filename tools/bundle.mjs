// Finishes a wasm-bindgen build (`--target web`) for shipping, the same way for the iframe page and
// the npm package:
//   1. the glue's classes that nothing can create leave it (wasm-streams' stream adapters), and the
//      module's function table stops holding their code; code that only a dependency's disabled
//      feature could reach becomes a trap (tools/prune.mjs);
//   2. the module's exports that the bundled JS never uses leave it, so wasm-opt drops their code;
//   3. wasm-opt runs OPT_PASSES, then shortens every import and export name (and the import module);
//   4. the JS glue is rewritten to the short names (read from the two modules, in order);
//   5. esbuild bundles and minifies the JS (and the CSS).
//
//   node tools/bundle.mjs page <bindgen dir> <dist dir>  the iframe page: index.html, app-<hash>.js,
//                                                        app-<hash>.wasm, widget-<hash>.css, oauth/
//   node tools/bundle.mjs npm <bindgen dir> <package dir> the npm package: index.js (entry + glue),
//                                                        connect_widget_bg.wasm, widget.css
// The iframe page has no inline script or style, so it runs under a strict Content-Security-Policy.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { pruneUnreachableCode } from './prune.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FEATURES = ['bulk-memory', 'reference-types', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'multivalue']
  .map((feature) => `--enable-${feature}`);
/** The optimisation passes (docs/architecture.md#size says what each buys). */
const OPT_PASSES = ['--flatten', '--rereloop', '-Oz', '--gufa', '-Oz', '--converge', '--low-memory-unused', '-Oz',
  '--strip-producers', '--strip-target-features'];
const JS_TARGET = 'es2022';
/** wasm-split's link module: the loaders of the lazily loaded modules, beside the glue. */
const LINK_MODULE = './__wasm_split.js';
/** binaryen 132 from tools/ (Debian's 108 breaks wasm-bindgen output). */
const WASM_OPT = join(ROOT, 'tools/node_modules/.bin/wasm-opt');

const wasmOpt = (...args) => execFileSync(WASM_OPT, [...FEATURES, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });

/** Optimises `input` into `output` without the exports named in `unused`, and returns the renaming
 * of its imports and exports. */
function optimise(input, output, unused) {
  const removal = unused.length ? ['--remove-exports', `--pass-arg=remove-exports@${unused.join(',')}`] : [];
  wasmOpt(...removal, ...OPT_PASSES, input, '-o', input);
  wasmOpt('--minify-imports-and-exports-and-modules', '-Oz', input, '-o', output);
  const before = new WebAssembly.Module(readFileSync(input));
  const after = new WebAssembly.Module(readFileSync(output));
  return {
    imports: pairNames(WebAssembly.Module.imports(before), WebAssembly.Module.imports(after)),
    exports: pairNames(WebAssembly.Module.exports(before), WebAssembly.Module.exports(after)),
  };
}

/** Pairs old and new names of the same entries (the renaming pass keeps their order). */
function pairNames(before, after) {
  if (before.length !== after.length || before.some((entry, i) => entry.kind !== after[i].kind)) {
    throw new Error('wasm-opt changed the imports or exports, not only their names');
  }
  return before.map((entry, i) => ({ module: entry.module, old: entry.name, new: after[i].name, newModule: after[i].module }));
}

/** Removes the glue's classes that no code can create: no constructor, and the module never returns
 * one (`Class.__wrap`). Leptos's server_fn brings wasm-streams, whose stream adapters are such
 * classes; their finalizers and dispose hooks would otherwise keep them, and their exports, in the
 * bundle. Returns the glue and the names of the classes dropped. */
function dropUncreatableClasses(glue) {
  const dropped = [];
  for (const [block, name] of [...glue.matchAll(/^export class (\w+) \{\n[\s\S]*?\n\}\n/gm)]) {
    if (block.includes('constructor(') || glue.includes(`${name}.__wrap(`)) continue;
    glue = glue.replace(block, '')
      .replace(`if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`, '')
      .replace(new RegExp(`^const ${name}Finalization = [^;]*;\n`, 'm'), '');
    if (new RegExp(`\\b${name}\\b`).test(glue)) throw new Error(`the glue still uses the class ${name}`);
    dropped.push(name);
  }
  return { glue, dropped };
}

/** The module's exports that the bundled JS `bundled` never names and the lazily loaded modules
 * do not import (`shared`). */
function unusedExports(wasmFile, bundled, shared) {
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(wasmFile)));
  return exports.map((entry) => entry.name)
    .filter((name) => !shared.includes(name) && !new RegExp(`\\.${name}\\b`).test(bundled));
}

/** Rewrites wasm-bindgen's glue to the short names; fails if any long name is left. The exports in
 * `removed` are left as they are: only code that esbuild drops names them (checked after bundling).
 * The imports in `unimported` (wasm-opt removed their last caller) leave the glue's import object. */
function rewriteGlue(glue, names, removed, unimported) {
  for (const name of unimported) {
    // From `name: function…` to the first line at its indentation that closes it (`},` or `}, arguments); },`).
    const entry = new RegExp(`^( +)${name}: [\\s\\S]*?\\n\\1\\}[^\\n]*,\\n`, 'm');
    if (!entry.test(glue)) throw new Error(`the glue has no import entry ${name} to remove`);
    glue = glue.replace(entry, '');
  }
  const linked = names.imports.filter((entry) => entry.module === LINK_MODULE);
  const bindgen = names.imports.filter((entry) => entry.module !== LINK_MODULE);
  const modules = new Set(bindgen.map((entry) => entry.module));
  if (modules.size !== 1) throw new Error(`expected one import module, found ${[...modules].join(', ')}`);
  const newModules = new Set(names.imports.map((entry) => entry.newModule));
  if (newModules.size !== 1) throw new Error(`wasm-opt left ${newModules.size} import modules, not one`);
  const [module] = modules;
  const [newModule] = newModules;
  const quotedModule = JSON.stringify(module);
  if (!glue.includes(`${quotedModule}: import0`)) throw new Error(`the glue does not import ${quotedModule} as expected`);
  glue = glue.replace(`${quotedModule}: import0`, () => `${JSON.stringify(newModule)}: import0`);
  glue = linkLoaders(glue, linked);
  const imports = new Map(bindgen.map((entry) => [entry.old, entry.new]));
  let renamed = 0;
  glue = glue.replace(/\b__wb[a-z]*_[A-Za-z0-9_]+\b(?=\s*:)/g, (name) => {
    if (!imports.has(name)) return name;
    renamed += 1;
    return JSON.stringify(imports.get(name));
  });
  if (renamed !== imports.size) throw new Error(`renamed ${renamed} of the glue's ${imports.size} imports`);
  const exports = new Map(names.exports.map((entry) => [entry.old, entry.new]));
  glue = glue.replace(/\bwasm\.([A-Za-z0-9_$]+)/g, (whole, name) => {
    if (removed.includes(name)) return whole;
    if (!exports.has(name)) throw new Error(`the glue uses wasm.${name}, which the module does not export`);
    return `wasm.${exports.get(name)}`;
  });
  for (const { old } of bindgen) {
    if (new RegExp(`\\b${old}\\b\\s*:`).test(glue)) throw new Error(`import ${old} was not renamed in the glue`);
  }
  return glue;
}

/** Moves the imports of wasm-split's link module (the loaders of the lazily loaded modules, which
 * wasm-opt renamed into the one import module) into the glue's own import object. */
function linkLoaders(glue, linked) {
  const entry = new RegExp(`\\n +${JSON.stringify(LINK_MODULE).replaceAll('.', '\\.')}: (\\w+),`);
  const found = glue.match(entry);
  if (!linked.length) {
    if (found) throw new Error('the glue imports the link module, but the module imports nothing from it');
    return glue;
  }
  if (!found) throw new Error(`the glue does not import ${LINK_MODULE} as expected`);
  const head = 'const import0 = {\n        __proto__: null,';
  if (!glue.includes(head)) throw new Error('the glue has no import object as expected');
  const loaders = linked.map((loader) => `\n        ${JSON.stringify(loader.new)}: ${found[1]}.${loader.old},`).join('');
  return glue.replace(found[0], '').replace(head, () => head + loaders);
}

/** The exports of the main module that the lazily loaded modules import (memory, table, stack
 * pointer, …), as wasm-split's link module takes them from `initSync`. */
const SHARED = /const \{ ([\w$, ]*) \} = initSync\(undefined, undefined\);/;
function sharedExports(link) {
  const found = link.match(SHARED);
  if (!found) throw new Error(`${LINK_MODULE} does not take the shared exports as expected`);
  return found[1].split(',').map((name) => name.trim()).filter(Boolean);
}

/** The link module reading the shared exports under their short names. */
function renameShared(link, exports) {
  const renamed = new Map(exports.map((entry) => [entry.old, entry.new]));
  return link.replace(SHARED, (_, list) => {
    const names = list.split(',').map((name) => name.trim()).filter(Boolean);
    const missing = names.filter((name) => !renamed.has(name));
    if (missing.length) throw new Error(`the module no longer exports ${missing.join(', ')}`);
    return `const { ${names.map((name) => `${JSON.stringify(renamed.get(name))}: ${name}`).join(', ')} } = initSync(undefined, undefined);`;
  });
}

/** The lazily loaded modules wasm-split wrote beside the glue (`split_*.wasm`, `chunk_*.wasm`). */
function lazyModules(dir) {
  return readdirSync(dir).filter((file) => /^(split|chunk)_\w+\.wasm$/.test(file));
}

/** Copies the lazily loaded modules into `outDir` under the names `nameFor(file, contents)` gives,
 * and points the link module (not yet bundled) at those names. */
function copyLazyModules(dir, outDir, nameFor) {
  const linkFile = join(dir, LINK_MODULE);
  let link = readFileSync(linkFile, 'utf8');
  for (const chunk of lazyModules(dir)) {
    const contents = readFileSync(join(dir, chunk));
    const name = nameFor(chunk, contents);
    const url = JSON.stringify(`./${chunk}`);
    if (!link.includes(url)) throw new Error(`${LINK_MODULE} does not load ${chunk}`);
    link = link.replace(url, () => JSON.stringify(`./${name}`));
    writeFileSync(join(outDir, name), contents);
  }
  writeFileSync(linkFile, link);
}

/** Runs steps 1 to 5 on `<dir>/<name>_bg.wasm` and `<dir>/<name>.js`, in place, and returns the
 * minified bundle of `entry`, which imports the glue. */
async function finishBindgenOutput(dir, name, entry) {
  const wasm = join(dir, `${name}_bg.wasm`);
  const glue = join(dir, `${name}.js`);
  const { glue: creatable, dropped } = dropUncreatableClasses(readFileSync(glue, 'utf8'));
  writeFileSync(glue, creatable);
  pruneUnreachableCode(wasm, dropped);
  const link = join(dir, LINK_MODULE);
  const shared = sharedExports(readFileSync(link, 'utf8'));
  const unused = unusedExports(wasm, await bundleJs(entry), shared);
  const unoptimised = join(dir, `${name}_unoptimised.wasm`);
  cpSync(wasm, unoptimised);
  const imported = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(unoptimised))).map((entry) => entry.name);
  const names = optimise(unoptimised, wasm, unused);
  rmSync(unoptimised);
  const unimported = imported.filter((old) => !names.imports.some((entry) => entry.old === old));
  writeFileSync(glue, rewriteGlue(readFileSync(glue, 'utf8'), names, unused, unimported));
  writeFileSync(link, renameShared(readFileSync(link, 'utf8'), names.exports));
  for (const chunk of lazyModules(dir)) wasmOpt(...OPT_PASSES, '--strip-debug', join(dir, chunk), '-o', join(dir, chunk));
  const bundled = await bundleJs(entry);
  const left = unused.filter((removed) => new RegExp(`\\.${removed}\\b`).test(bundled));
  if (left.length) throw new Error(`the bundle still uses the removed exports ${left.join(', ')}`);
  return bundled;
}

/** Bundles and minifies the ES module `entry` into one file's text. */
async function bundleJs(entry) {
  const result = await build({
    entryPoints: [entry], bundle: true, format: 'esm', minify: true, target: JS_TARGET, write: false, legalComments: 'none',
  });
  return result.outputFiles[0].text;
}

async function minifyCss(css) {
  return (await transform(css, { loader: 'css', minify: true })).code;
}

function hashed(stem, extension, contents) {
  return `${stem}-${createHash('sha256').update(contents).digest('hex').slice(0, 16)}.${extension}`;
}

/** The catalogues other than English (compiled into the module by build.rs) in `dir/locales/`,
 * fetched by a widget whose locale needs them: each a JSON array of its entries in the order of
 * English's keys sorted (build.rs numbers them so), `null` where it has none, so the module needs
 * no key names; and `keys.json`, those keys, for the host's own texts. */
function writeCatalogues(dir) {
  const read = (file) => JSON.parse(readFileSync(join(ROOT, 'locales', file), 'utf8'));
  const keys = Object.keys(read('en.json')).sort();
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'locales', 'keys.json'), JSON.stringify(keys)); // for the host's copy (npm/index.js)
  for (const file of readdirSync(join(ROOT, 'locales')).filter((f) => f.endsWith('.json') && f !== 'en.json')) {
    const catalogue = read(file);
    writeFileSync(join(dir, 'locales', file), JSON.stringify(keys.map((key) => catalogue[key] ?? null)));
  }
}

/** The iframe page: index.html from its template, content-hashed assets, the OAuth callback page. */
async function page(bindgenDir, dist) {
  const start = join(bindgenDir, 'start.js');
  const startSource = readFileSync(join(ROOT, 'tools/page-start.js'), 'utf8');
  const startFor = (wasmUrl) => writeFileSync(start, startSource.replace('WASM_URL', JSON.stringify(wasmUrl)));
  startFor('./app.wasm');
  await finishBindgenOutput(bindgenDir, 'app', start);
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const wasm = readFileSync(join(bindgenDir, 'app_bg.wasm'));
  const wasmName = hashed('app', 'wasm', wasm);
  writeFileSync(join(dist, wasmName), wasm);
  copyLazyModules(bindgenDir, dist, (chunk, contents) => hashed(chunk.replace(/\.wasm$/, ''), 'wasm', contents));
  startFor(`./${wasmName}`);
  const js = await bundleJs(start);
  const jsName = hashed('app', 'js', js);
  writeFileSync(join(dist, jsName), js);
  const css = await minifyCss(['style/widget.css', 'style/page.css'].map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n'));
  const cssName = hashed('widget', 'css', css);
  writeFileSync(join(dist, cssName), css);
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8')
    .replaceAll('{{css}}', `./${cssName}`).replaceAll('{{js}}', `./${jsName}`).replaceAll('{{wasm}}', `./${wasmName}`);
  if (/<script(?![^>]*\bsrc=)|<style|\sstyle=/i.test(html)) throw new Error('index.html must have no inline script or style');
  writeFileSync(join(dist, 'index.html'), html);
  cpSync(join(ROOT, 'oauth'), join(dist, 'oauth'), { recursive: true });
  writeCatalogues(dist);
}

/** The npm package: the entry and the glue as one minified index.js, the wasm and the CSS. */
async function npm(bindgenDir, packageDir) {
  for (const file of ['index.js', 'options.js']) cpSync(join(ROOT, 'npm', file), join(bindgenDir, file));
  const bundled = await finishBindgenOutput(bindgenDir, 'connect_widget', join(bindgenDir, 'index.js'));
  mkdirSync(packageDir, { recursive: true });
  cpSync(join(bindgenDir, 'connect_widget_bg.wasm'), join(packageDir, 'connect_widget_bg.wasm'));
  copyLazyModules(bindgenDir, packageDir, (chunk) => chunk);
  writeFileSync(join(packageDir, 'index.js'), bundled);
  writeFileSync(join(packageDir, 'widget.css'), await minifyCss(readFileSync(join(ROOT, 'style/widget.css'), 'utf8')));
  writeCatalogues(packageDir);
}

const [mode, bindgenDir, outDir] = process.argv.slice(2);
const modes = { page, npm };
if (!modes[mode] || !bindgenDir || !outDir) {
  console.error('usage: node tools/bundle.mjs page|npm <wasm-bindgen output dir> <output dir>');
  process.exit(2);
}
await modes[mode](resolve(bindgenDir), resolve(outDir));
