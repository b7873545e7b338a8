import path from 'node:path';
import { apiClient, isFinal } from './lib/api.js';
import { inTempDir, readRss, sampleRss, startBananastand } from './lib/processes.js';
import { mib, printTable, writeResult } from './lib/report.js';

/**
 * The server's resident memory while a batch of 4K tasks runs (peak) and at idle after it, over
 * several rounds on the same process: the idle figure must not grow from round to round.
 */

export interface MemoryBenchOptions {
  rounds: number;
  tasksPerRound: number;
  /** How long to let the process settle before reading its idle RSS. */
  settleMs: number;
}

// The 4K sizes with the most pixels, so the peak is the worst a batch can do.
const RATIOS = ['1:1', '8:1', '21:9', '9:16', '1:8'];

/** What npm start, deploy/Dockerfile and deploy/systemd set. */
const SHIPPED_MALLOC_ARENA_MAX = '2';

export async function memoryBench(opts: MemoryBenchOptions) {
  return inTempDir('bananastand-bench-memory-', (dir) => runMemoryBench(dir, opts));
}

async function runMemoryBench(dir: string, opts: MemoryBenchOptions) {
  // glibc's arenas as the shipped start commands set them (npm start, the Docker image, the systemd
  // units: docs/operations.md, "Memory"); MALLOC_ARENA_MAX in the bench's own environment overrides.
  const arenaMax = process.env.MALLOC_ARENA_MAX ?? SHIPPED_MALLOC_ARENA_MAX;
  const server = await startBananastand({ dataDir: path.join(dir, 'data'), env: { MALLOC_ARENA_MAX: arenaMax } });
  const api = apiClient(server.url);
  const rounds: { round: number; tasks: number; seconds: number; failed: number; peakRss: number; idleRss: number }[] = [];
  const startRss = readRss(server.pid)!.rss;
  try {
    for (let round = 1; round <= opts.rounds; round++) {
      const sampler = sampleRss(server.pid, 100);
      const t0 = Date.now();
      const ids: string[] = [];
      for (let i = 0; i < opts.tasksPerRound; i++) {
        const aspect_ratio = RATIOS[i % RATIOS.length];
        ids.push((await api.create({ prompt: `a harbour town at sunset with boats, ${round}-${i}`, resolution: '4K', aspect_ratio })).task_id);
      }
      let failed = 0;
      const pending = new Set(ids);
      const deadline = Date.now() + 600_000;
      while (pending.size && Date.now() < deadline) {
        for (const id of [...pending]) {
          const t = await api.get(id);
          if (isFinal(t)) {
            pending.delete(id);
            if (t.status === 'FAILED') failed++;
          }
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      if (pending.size) throw new Error(`${pending.size} tasks of round ${round} did not finish in time`);
      const seconds = (Date.now() - t0) / 1000;
      const { peak } = sampler.stop();
      await new Promise((r) => setTimeout(r, opts.settleMs));
      rounds.push({ round, tasks: ids.length, seconds, failed, peakRss: peak, idleRss: readRss(server.pid)!.rss });
    }
    const hwm = readRss(server.pid)!.hwm;
    const rows = rounds.map((r) => ({
      round: r.round,
      '4K tasks': r.tasks,
      seconds: r.seconds,
      failed: r.failed,
      'peak RSS MiB': mib(r.peakRss),
      'idle RSS MiB': mib(r.idleRss),
    }));
    const first = rounds[0]!.idleRss;
    const last = rounds.at(-1)!.idleRss;
    const goals = {
      'peak <= 1 GiB': hwm <= 2 ** 30,
      // The tighter goal since the render threads free each 4K picture's pixels (docs/benchmarks.md, "Memory").
      'peak <= 768 MiB': hwm <= 768 * 2 ** 20,
      // Idle RSS is what glibc and libvips keep after a round; it moves ±25 % from round to round
      // with no trend (10 rounds of 30 4K tasks: 502–668 MiB). A leak of a few MB per task grows
      // past this within three rounds of 50.
      'idle does not grow (last <= first + 30 %)': last <= first * 1.3,
      'no task failed': rounds.every((r) => r.failed === 0),
    };
    printTable(`Server memory, ${opts.tasksPerRound} 4K tasks per round, MALLOC_ARENA_MAX=${arenaMax} (RSS at start ${mib(startRss)} MiB, VmHWM ${mib(hwm)} MiB)`, rows);
    printTable('goals', Object.entries(goals).map(([goal, met]) => ({ goal, met: met ? 'yes' : 'NO' })));
    const file = writeResult('memory', { options: opts, mallocArenaMax: arenaMax, startRss, vmHwm: hwm, rounds, goals });
    console.log(`wrote ${file}`);
    return { rounds, hwm, goals };
  } finally {
    await server.stop();
  }
}
