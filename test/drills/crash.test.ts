import { describe, expect, it } from 'vitest';
import { crashDrill } from '../../scripts/drill-crash.js';

// Drill: SIGKILL at random moments, three times, with tasks and webhooks in flight; then nothing may
// be lost. The long version (200 tasks) is `npm run drill -- crash`.

describe('drill: crash', () => {
  it('after three SIGKILLs and restarts every task is final, every webhook arrived, every file is whole, the database is sound', async () => {
    const seed = Number(process.env.DRILL_SEED ?? Date.now() % 100_000);
    const report = await crashDrill({
      tasks: 40,
      kills: 3,
      resolutions: ['512', '1K'],
      killAfterMs: [200, 1500],
      seed,
      finishTimeoutMs: 45_000,
      // src/ through tsx: the suite's drill tests recovery whether or not dist/ is built and current.
      from: 'src',
    });
    const context = `seed ${seed} (rerun with DRILL_SEED=${seed}): ${JSON.stringify(report.kills)}`;
    expect(report.accepted, context).toBe(40);
    expect(report.kills, context).toHaveLength(3);
    expect(report.lostTasks, context).toEqual([]);
    expect(report.unfinished, context).toEqual([]);
    expect(Object.keys(report.statuses).filter((s) => s !== 'COMPLETED' && s !== 'FAILED'), context).toEqual([]);
    // The only acceptable failure: a task killed mid-run on each of its allowed runs (worker_lost).
    expect(Object.keys(report.failures).filter((code) => code !== 'worker_lost'), context).toEqual([]);
    expect(report.statuses.COMPLETED, context).toBeGreaterThan(0);
    expect(report.missingWebhooks, context).toEqual([]);
    expect(report.badFiles, context).toEqual([]);
    expect(report.integrity, context).toBe('ok');
    expect(report.undeliveredEvents, context).toEqual([]);
  }, 120_000);
});
