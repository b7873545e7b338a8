// The real render thread, except that three prompts make it fail the ways a thread can: a bug in
// the job, an uncaught exception that kills the thread, and a hang that ignores cancellation.
import { renderJob, type RenderJob } from '../../../../src/engines/local/threads/render-job.js';
import { serveJobs } from '../../../../src/engines/local/threads/thread-pool.js';

serveJobs(async (job: RenderJob, signal: AbortSignal) => {
  if (job.prompt === 'throw a bug') throw new TypeError("Cannot read properties of undefined (reading 'x')");
  if (job.prompt === 'kill the thread') {
    setImmediate(() => {
      throw new RangeError('the thread fell over');
    });
    return new Promise<never>(() => {});
  }
  if (job.prompt === 'hang') {
    const until = Date.now() + 60_000;
    while (Date.now() < until);
  }
  return renderJob(job, signal);
});
