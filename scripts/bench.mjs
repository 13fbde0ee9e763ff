// `npm run bench [-- --quick] [--out FILE] [--only NAME,…]`: runs the benchmark modules of
// scripts/bench/ one after the other. Each module exports `name` and `run({ quick, log })`, which
// resolves to one or more results `{ name, unit, value, baseline, ratio, goal, met }`; the runner
// prints one line per result and, with --out, writes them all as JSON. Exit code 1 when a goal is
// missed (2 when a benchmark failed). Add a benchmark by adding its module to BENCHMARKS.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCHMARKS = [
  'dashboard.mjs',
  'console.mjs',
  'list.mjs',
  'save.mjs',
  'recompute.mjs',
  'import.mjs',
  'export-memory.mjs',
];

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('--quick');
const out = option('--out');
const only = option('--only')?.split(',');

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

/** `name: value unit | baseline: value unit | ratio: x | goal: … | met` */
export function formatResult(r) {
  const v = (x) => (x === null || x === undefined ? '—' : `${x} ${r.unit}`);
  return `${r.name}: ${v(r.value)} | baseline: ${v(r.baseline)} | ratio: ${r.ratio ?? '—'} | goal: ${r.goal} | ${r.met ? 'met' : 'MISSED'}`;
}

const results = [];
let failed = false;
for (const file of BENCHMARKS) {
  const mod = await import(pathToFileURL(join(here, 'bench', file)).href);
  if (only && !only.includes(mod.name)) continue;
  log(`${mod.name}${quick ? ' (quick)' : ''}`);
  const started = Date.now();
  try {
    const produced = await mod.run({ quick, log: (m) => log(`${mod.name}: ${m}`) });
    for (const r of Array.isArray(produced) ? produced : [produced]) {
      results.push(r);
      process.stdout.write(`${formatResult(r)}\n`);
    }
  } catch (error) {
    failed = true;
    log(`${mod.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  }
  log(`${mod.name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
if (out) {
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`results written to ${out}`);
}
process.exit(failed ? 2 : results.every((r) => r.met) ? 0 : 1);
