// Entry point of a local-engine render thread (started by ThreadPool from index.ts).
import { releaseAfter } from './release-memory.js';
import { renderJob, type RenderJob } from './render-job.js';
import { serveJobs } from './thread-pool.js';

serveJobs(async (job: RenderJob, signal: AbortSignal) => {
  try {
    return await renderJob(job, signal);
  } finally {
    // The collection starts on a later turn, after serveJobs has posted the reply.
    void releaseAfter(job.width, job.height);
  }
});
