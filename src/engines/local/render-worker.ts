// Entry point of a local-engine render thread (started by WorkerPool from index.ts).
import { renderJob } from './render-job.js';
import { serveJobs } from './worker-pool.js';

serveJobs(renderJob);
