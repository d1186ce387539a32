// Removes code from a wasm-bindgen module that nothing can run but the compiler had to keep, before
// wasm-opt (which then drops it and everything only it calls). Function names are the linker's
// demangled ones (the name section is still there at this point; wasm-opt strips it later).
import { readFileSync, writeFileSync } from 'node:fs';
import binaryen from 'binaryen';

/** Functions whose only callers sit behind a branch that a dependency's disabled feature makes
 * unreachable at run time, where the compiler cannot see it:
 * - tachys's `On::attach` calls `Dom::add_event_listener_delegated` only when its `delegation`
 *   feature is on (`(E::BUBBLES && cfg!(feature = "delegation")).then(…)`), which Leptos's `csr`
 *   does not enable; its thread-local set of event names and hasher stayed (−1.9 KB gzip).
 * If such a feature is ever turned on, the first click traps and every e2e journey fails. */
const UNREACHABLE_FUNCTIONS = [
  /^<?<tachys(\[\w+\])?::renderer::dom::Dom>::add_event_listener_delegated(::\{closure#\d+\})*( as .*)?$/,
];
const STUB = 'pruned_unreachable';

/** Points the function table's entries for the code of the dropped `classes` (the closures and drop
 * glue their methods make, named after them) at one trapping function, and replaces the bodies of
 * `UNREACHABLE_FUNCTIONS` by a trap. Nothing can call either, but a table entry or a call keeps a
 * function, and all it calls, in the module. Table indices do not change. */
export function pruneUnreachableCode(wasmFile, classes) {
  const module = binaryen.readBinary(readFileSync(wasmFile));
  const { BulkMemory, BulkMemoryOpt, ReferenceTypes, NontrappingFPToInt, SignExt, MutableGlobals, Multivalue } = binaryen.Features;
  module.setFeatures(BulkMemory | BulkMemoryOpt | ReferenceTypes | NontrappingFPToInt | SignExt | MutableGlobals | Multivalue); // FEATURES
  if (classes.length) pruneTableEntries(module, new RegExp(`::(${classes.join('|')})\\b`));
  for (const pattern of UNREACHABLE_FUNCTIONS) stubFunctions(module, pattern);
  if (!module.validate()) throw new Error('the module is invalid after pruning it');
  writeFileSync(wasmFile, module.emitBinary());
  module.dispose();
}

function pruneTableEntries(module, pattern) {
  module.addFunction(STUB, binaryen.none, binaryen.none, [], module.unreachable());
  const segments = Array.from({ length: module.getNumElementSegments() },
    (_, i) => binaryen.getElementSegmentInfo(module.getElementSegmentByIndex(i)));
  for (const segment of segments.filter(({ data }) => data.some((name) => pattern.test(name)))) {
    const offset = binaryen.getExpressionInfo(segment.offset);
    if (offset.id !== binaryen.ConstId) throw new Error(`element segment ${segment.name} has no constant offset`);
    module.removeElementSegment(segment.name);
    const data = segment.data.map((name) => (pattern.test(name) ? STUB : name));
    module.addActiveElementSegment(segment.table, segment.name, data, module.i32.const(offset.value));
  }
}

/** Replaces the bodies of the defined functions `pattern` names by a trap (same signature, so their
 * callers stay valid): the function itself, or, where the compiler inlined it into its caller, the
 * closures it makes. Fails when none matches, so a renamed dependency is noticed. */
function stubFunctions(module, pattern) {
  const matching = Array.from({ length: module.getNumFunctions() },
    (_, i) => binaryen.getFunctionInfo(module.getFunctionByIndex(i))).filter((f) => f.body && pattern.test(f.name));
  if (!matching.length) throw new Error(`no function is named ${pattern}`);
  for (const { name, params, results } of matching) {
    module.removeFunction(name);
    module.addFunction(name, params, results, [], module.unreachable());
  }
}
