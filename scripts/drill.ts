import { parseArgs } from 'node:util';
import { printTable, writeResult } from '../bench/lib/report.js';
import { crashDrill } from './drill-crash.js';
import { fuzzDrill } from './drill-fuzz.js';
import { loadDrill } from './drill-load.js';
import { noisyNeighbourDrill } from './drill-noisy.js';

/**
 * `npm run drill [-- crash fuzz load noisy] [--minutes 10] [--seed N]`: the long versions of the
 * reliability drills against the built server (`npm run build` first). The short versions, and the
 * disk and slow-part drills, run in CI from test/drills/. Exits 1 when a drill finds a problem.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    minutes: { type: 'string', default: '10' },
    seed: { type: 'string' },
    tasks: { type: 'string', default: '200' },
    requests: { type: 'string', default: '50000' },
  },
});
const seed = Number(values.seed ?? Date.now() % 100_000);
const minutes = Number(values.minutes);
const log = (line: string) => console.log(`  ${line}`);
const problems: string[] = [];

const DRILLS = {
  async crash() {
    const r = await crashDrill({
      tasks: Number(values.tasks),
      kills: 3,
      resolutions: ['512', '1K', '2K'],
      // A quarter of 200 such tasks keeps two slots busy for ~5 s: kills land mid-work.
      killAfterMs: [300, 4000],
      seed,
      finishTimeoutMs: 300_000,
      log,
    });
    console.log(JSON.stringify(r, null, 2));
    // worker_lost is the one expected failure: a task killed on each of its allowed runs.
    const unexpected = Object.keys(r.failures).filter((code) => code !== 'worker_lost');
    const lost = [...r.lostTasks, ...r.unfinished, ...r.missingWebhooks, ...r.badFiles, ...r.undeliveredEvents, ...unexpected];
    if (lost.length || r.integrity !== 'ok') problems.push(`crash (seed ${seed}): ${lost.length} problems, integrity ${r.integrity}`);
    writeResult('drill-crash', r);
  },
  async fuzz() {
    const r = await fuzzDrill({ runs: Number(values.requests), rawRuns: 150, seed });
    console.log(JSON.stringify(r, null, 2));
    if (r.problems.length || r.raw.problems.length || r.crashes.length) problems.push(`fuzz (seed ${seed}): ${r.problems.length + r.raw.problems.length + r.crashes.length} problems`);
    writeResult('drill-fuzz', r);
  },
  async load() {
    const r = await loadDrill({ minutes, rates: { create: 1, get: 40, list: 5, file: 5 }, resolutions: ['512', '1K', '1K', '2K'], log });
    printTable(
      `Sustained load, ${minutes} min (rates/s: ${JSON.stringify(r.rates)})`,
      r.perMinute.map((m) => ({
        minute: m.minute,
        ...Object.fromEntries(Object.entries(m.requests).map(([k, v]) => [k, v])),
        errors: m.errors,
        'p50 ms': m.p50Ms,
        'p99 ms': m.p99Ms,
        'RSS MiB': m.rssMiB,
        queue: m.queue,
      })),
    );
    const { perMinute: _perMinute, ...summary } = r;
    console.log(JSON.stringify(summary, null, 2));
    if (r.errors || r.tasks.failed || r.tasks.unfinished || r.webhooks.missing || r.integrity !== 'ok') {
      problems.push(`load: ${r.errors} errors, ${r.tasks.failed} failed, ${r.tasks.unfinished} unfinished, ${r.webhooks.missing} webhooks missing`);
    }
    writeResult('sustained-load', r);
  },
  async noisy() {
    // The CI version's flood ×4 (test/drills/noisy-neighbour.test.ts); A measured over 10 tasks
    // a second apart, through the flood's first ~12 s (B's reference and upload timeouts included).
    const r = await noisyNeighbourDrill({
      aTasks: 10,
      aPauseMs: 1_000,
      floodTasks: 800,
      hangingReferenceTasks: 40,
      pixelBombs: 12,
      stalledUploads: 200,
      eventStreams: 200,
      resolution: '512',
      log,
    });
    console.log(JSON.stringify(r, null, 2));
    problems.push(...r.verdict);
  },
};

const asked = positionals.length ? positionals : Object.keys(DRILLS);
for (const name of asked) {
  if (!(name in DRILLS)) {
    console.error(`unknown drill ${name}; choose from ${Object.keys(DRILLS).join(', ')}`);
    process.exit(2);
  }
}
for (const name of asked) {
  console.log(`\n=== drill: ${name} ===`);
  const t0 = Date.now();
  await DRILLS[name as keyof typeof DRILLS]();
  console.log(`(${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
if (problems.length) {
  console.error(`\nPROBLEMS:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nno problems found');
