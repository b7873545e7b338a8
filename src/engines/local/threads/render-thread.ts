// Entry point of a local-engine render thread (started by ThreadPool from index.ts).
import { renderJob } from './render-job.js';
import { serveJobs } from './thread-pool.js';

serveJobs(renderJob);
