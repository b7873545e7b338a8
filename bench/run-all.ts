import { burstBench } from './burst.js';
import { endToEndBench } from './end-to-end.js';
import { httpBench } from './http.js';
import { memoryBench } from './memory.js';
import { machine } from './lib/report.js';
import { webhookBench } from './webhooks.js';

/**
 * `npm run bench [-- http e2e webhooks memory burst]`: runs the named benchmarks (all by default) against
 * the built server (`npm run build` first). Each prints a table and writes bench/results/*.json.
 * `burst` takes `--n` (tasks, default 200), `--latency-ms` (default 10000-15000) and `--max-wait-s`
 * (past the latency, default 180). Timings never
 * gate CI (docs/benchmarks.md).
 */
const BENCHES = {
  http: () => httpBench({ connections: 50, durationS: 10, warmupS: 2, logLevel: 'info' }),
  e2e: () => endToEndBench({ samples: { '1K': 5, '2K': 4, '4K': 3 } }),
  webhooks: () => webhookBench({ tasks: 40, resolution: '512' }),
  memory: () => memoryBench({ rounds: 3, tasksPerRound: 50, settleMs: 5000 }),
  burst: () =>
    burstBench({
      n: Number(flag('--n') ?? 200),
      latencyMs: flag('--latency-ms') ?? '10000-15000',
      maxWaitS: flag('--max-wait-s') === undefined ? undefined : Number(flag('--max-wait-s')),
    }),
};

/** `--name value` from the command line. */
function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const args = process.argv.slice(2);
const asked = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const unknown = asked.filter((a) => !(a in BENCHES));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const m = machine();
console.log(`bananastand bench, ${m.date}: ${m.nproc} CPUs (${m.cpu}), node ${m.node}, ${m.platform}`);
const t0 = Date.now();
for (const name of asked.length ? asked : Object.keys(BENCHES)) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  await BENCHES[name as keyof typeof BENCHES]();
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
console.log(`\nall done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
