/**
 * Load of the shipped analysis worker (.output/<target>/analysis-worker.js,
 * the script the extension starts): compile and run it in a fresh V8
 * context of this fresh process, send it one short text as the extension
 * does, and time the answer. Prints one JSON line: { scriptMs, firstMs, totalMs }.
 * Run by bench/engine.ts, once per sample, in a new process each time.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const file = process.argv[2];
const t0 = performance.now();
const source = readFileSync(file, 'utf8');
let listener = null;
let answer = null;
const scope = vm.createContext({
  atob,
  btoa,
  TextDecoder,
  TextEncoder,
  setTimeout,
  clearTimeout,
  queueMicrotask,
  performance,
  console,
  addEventListener: (type, l) => {
    if (type === 'message') listener = l;
  },
  postMessage: (m) => answer?.(m),
});
scope.globalThis = scope;
scope.self = scope;
new vm.Script(source, { filename: 'analysis-worker.js' }).runInContext(scope);
const t1 = performance.now();
if (!listener) throw new Error(`${file} registered no message listener`);
const reply = await new Promise((resolve) => {
  answer = resolve;
  listener({ data: { id: 1, text: 'Warm-up: Anna Berg said on Monday that Oslo will pay 3 million kroner.', budgetMs: 60_000 } });
});
const t2 = performance.now();
if (!reply.ok) throw new Error(`the worker answered with an error: ${reply.error}`);
if (!reply.result?.analysis?.entities?.length) throw new Error('the worker found no entities in the warm-up text');
console.log(JSON.stringify({ scriptMs: t1 - t0, firstMs: t2 - t1, totalMs: t2 - t0 }));
