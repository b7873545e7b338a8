import pino from 'pino';
import { loadConfig } from '../config.js';
import { hashApiKey } from '../keys/keys.js';
import { createLogger } from '../logger.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { DataDirLockedError } from '../storage/data-dir-lock.js';
import { AuthenticationError, InvalidRequestError, TaskFailedError, type CreateImageParams, type Task } from '@bananastand/sdk';
import { createTask, validateCreateRequest } from '../tasks/create-task.js';
import { presentTask } from '../tasks/present.js';
import { watchTask } from '../tasks/watch.js';
import { CliError, EXIT, type Io } from './io.js';
import { progressDetail } from './progress.js';
import type { GeneratedFile } from './save-files.js';

const isFinal = (t: Task) => t.status === 'COMPLETED' || t.status === 'FAILED';

/**
 * Generates on the embedded default with no HTTP server: the same runtime `serve` builds (store,
 * worker, engine), never listening. The task is created and read through the same domain functions
 * the routes call, so it is validated, stored and presented exactly as over HTTP.
 */
export async function generateInProcess(
  body: CreateImageParams,
  opts: { io: Io; apiKey?: string; onStatus(task: Task): void; signal: AbortSignal },
): Promise<{ task: Task; files: GeneratedFile[] }> {
  const { io } = opts;
  // The worker must run here, whatever the environment says for a server.
  const config = loadConfig({ ...io.env, BANANASTAND_WORKER: 'on' });
  const logger = createLogger(io.env.BANANASTAND_LOG_LEVEL || 'error', pino.destination({ fd: 2, sync: true }));
  let runtime: Runtime;
  try {
    runtime = await createRuntime(config, { logger });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      const who = err.ownerPid ? `A bananastand server (pid ${err.ownerPid})` : 'A bananastand server';
      throw new CliError(
        `${who} is already using the data folder ${config.dataDir}.\n` +
          `Generate through it instead: add --server ${config.publicUrl} (or set BANANASTAND_SERVER), with your --api-key.`,
        EXIT.usage,
      );
    }
    throw err;
  }
  try {
    if (runtime.generatedKey) {
      io.err(
        `A first API key was made for the data folder ${config.dataDir}. It is shown only this once; keep it:\n  ${runtime.generatedKey}\n`,
      );
    }
    await runtime.start();
    const { store } = runtime;

    // The task belongs to the key given, or else to the oldest active key of the data folder.
    let keyId: string;
    if (opts.apiKey) {
      const key = await store.findKeyByHash(hashApiKey(opts.apiKey));
      if (!key || key.revokedAt !== null) throw new AuthenticationError('Invalid API key', { kind: 'auth', status: 401 });
      keyId = key.id;
    } else {
      const active = (await store.listKeys()).filter((k) => k.revokedAt === null).sort((a, b) => a.createdAt - b.createdAt);
      if (!active.length) throw new CliError('The data folder has no active API key: make one with bananastand keys create --name NAME.', EXIT.auth);
      keyId = active[0].id;
    }

    const valid = validateCreateRequest(body, { maxInlineBytes: config.references.maxBytes });
    if (!valid.ok) {
      throw new InvalidRequestError("Your request parameters didn't validate.", {
        kind: 'invalid',
        status: 400,
        code: 'invalid_params',
        invalidParams: valid.invalidParams,
      });
    }
    const created = (await createTask(store, { keyId, request: valid.value, now: Date.now() })).task;
    const id = created.id;
    let task = presentTask(created, config.publicUrl);
    opts.onStatus(task);
    // Every change the store signals (the routes' Prefer: wait and /events listen alike), until the end or ^C.
    task = await new Promise<Task>((resolve, reject) => {
      if (isFinal(task)) return resolve(task);
      const onAbort = () => {
        stop();
        store
          .fail(id, Date.now(), { code: 'cancelled', message: 'The task was cancelled from the command line.' })
          .then(() => {
            runtime.worker.abort(id);
            reject(opts.signal.reason);
          }, reject);
      };
      const stop = watchTask(store, created, (record) => {
        const next = presentTask(record, config.publicUrl);
        if (next.status !== task.status || progressDetail(next) !== progressDetail(task)) opts.onStatus(next);
        task = next;
        if (isFinal(next)) {
          opts.signal.removeEventListener('abort', onAbort);
          resolve(next);
        }
      });
      if (opts.signal.aborted) onAbort();
      else opts.signal.addEventListener('abort', onAbort, { once: true });
    });
    if (task.status === 'FAILED') throw new TaskFailedError(task);

    // The bytes through the public files route, as any client would read them.
    const files: GeneratedFile[] = [];
    for (const url of task.generated) {
      const res = await runtime.app.inject({ method: 'GET', url: new URL(url).pathname });
      if (res.statusCode !== 200) throw new Error(`reading ${url} in process answered ${res.statusCode}`);
      files.push({ url, bytes: res.rawPayload, contentType: String(res.headers['content-type']) });
    }
    return { task, files };
  } finally {
    await runtime.stop();
  }
}
