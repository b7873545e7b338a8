// Entry point of a gemini engine thread (started by index.ts). It runs the real engine
// (createGeminiEngine: the official SDK, retries and backoff, failure mapping), so Google's answers
// are read, parsed, base64-decoded and checked here, off the server's event loop; only the image
// bytes (lent from shared memory or moved, never copied) and the small metadata go back.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createGeminiEngine, type GeminiEngineLogger } from '../gemini/index.js';
import { httpTransport } from '../gemini/http-transport.js';
import { BudgetHold, budgetedTransport, ByteBudget } from './body-budget.js';
import { PicturePool } from './picture-pool.js';
import { errorToWire, requestFromWire, resultForTransfer, type FromThread, type ThreadData, type ToThread } from './wire.js';

const port = parentPort;
if (!port) throw new Error('thread-entry runs inside a worker thread');
const data = workerData as ThreadData;
lowerThisThreadsPriority();

// Every generateContent answer in this thread is read under the budget.
const scope = new AsyncLocalStorage<BudgetHold>();
const transport = budgetedTransport(httpTransport, new ByteBudget(data.bodyBudgetBytes), scope);

// Pictures are decoded into shared memory lent to the main thread; those a call decoded but does
// not send (a retry's, a second candidate's) go back when the call ends.
const pool = new PicturePool(data.picturePoolBytes);
const taken = new AsyncLocalStorage<Buffer[]>();
const allocatePicture = (size: number): Buffer => {
  const view = pool.take(size);
  if (!view) return Buffer.allocUnsafeSlow(size);
  taken.getStore()?.push(view);
  return view;
};

const post = (message: FromThread, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const log = (level: 'warn' | 'info' | 'debug') => (obj: object, msg?: string) => {
  try {
    post({ type: 'log', level, obj, msg });
  } catch {
    // Something in `obj` cannot be cloned: keep the line, drop the fields.
    post({ type: 'log', level, obj: {}, msg });
  }
};
const logger: GeminiEngineLogger = { warn: log('warn'), info: log('info'), debug: log('debug') };
const engine = createGeminiEngine({ ...data.engine, logger, transport, allocatePicture, onRetry: () => post({ type: 'retry' }) });

const running = new Map<number, AbortController>();

port.on('message', (message: ToThread) => {
  if (message.type === 'free') {
    pool.free(message.arena, message.generation);
    return;
  }
  if (message.type === 'abort') {
    running
      .get(message.id)
      ?.abort(message.timeout ? new DOMException('task deadline passed', 'TimeoutError') : new DOMException('task cancelled', 'AbortError'));
    return;
  }
  void generate(message);
});

async function generate(message: Extract<ToThread, { type: 'generate' }>): Promise<void> {
  const controller = new AbortController();
  running.set(message.id, controller);
  const hold = new BudgetHold();
  const pictures: Buffer[] = [];
  const sent = new Set<Buffer>();
  try {
    const request = requestFromWire(message.request);
    const options = { signal: controller.signal, deadline: message.deadline };
    const generated = await taken.run(pictures, () => scope.run(hold, () => engine.generate(request, options)));
    const { result, transfer } = resultForTransfer(generated, pool);
    post({ type: 'done', id: message.id, ok: true, result }, transfer);
    for (const image of generated.images) sent.add(image.bytes);
  } catch (err) {
    post({ type: 'done', id: message.id, ok: false, error: errorToWire(err) });
  } finally {
    hold.release();
    for (const view of pictures) if (!sent.has(view)) pool.giveBack(view);
    running.delete(message.id);
  }
}

/**
 * Runs this thread at a lower priority than the event loop (nice +10), so that when a burst of
 * answers keeps every core busy the kernel still gives the API's thread the CPU it asks for: a
 * GET waits for no picture's decoding (docs/engines.md, "Threads"). Linux names the calling
 * thread in /proc/thread-self; elsewhere, or without permission, the thread keeps its priority.
 */
function lowerThisThreadsPriority(): void {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, Math.min(19, os.getPriority(tid) + 10));
  } catch {
    // Not Linux, or not allowed: the same priority as the event loop.
  }
}
