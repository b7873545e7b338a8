// Entry point of a gemini engine thread (started by index.ts). It runs the real engine
// (createGeminiEngine: the official SDK, retries and backoff, failure mapping), so Google's answers
// are read, parsed, base64-decoded and checked here, off the server's event loop; only the image
// bytes (moved, not copied) and the small metadata go back.
import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { createGeminiEngine, type GeminiEngineLogger } from '../gemini/index.js';
import { BudgetHold, budgetedFetch, ByteBudget } from './body-budget.js';
import { errorToWire, requestFromWire, resultForTransfer, type FromThread, type ThreadData, type ToThread } from './wire.js';

const port = parentPort;
if (!port) throw new Error('thread-entry runs inside a worker thread');
const data = workerData as ThreadData;

// The SDK (and the engine's own capturing fetch) call the global fetch: every answer body in this
// thread is read under the budget.
const scope = new AsyncLocalStorage<BudgetHold>();
globalThis.fetch = budgetedFetch(globalThis.fetch, new ByteBudget(data.bodyBudgetBytes), scope);

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
const engine = createGeminiEngine({ ...data.engine, logger, onRetry: () => post({ type: 'retry' }) });

const running = new Map<number, AbortController>();

port.on('message', (message: ToThread) => {
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
  try {
    const request = requestFromWire(message.request);
    const options = { signal: controller.signal, deadline: message.deadline };
    const { result, transfer } = resultForTransfer(await scope.run(hold, () => engine.generate(request, options)));
    post({ type: 'done', id: message.id, ok: true, result }, transfer);
  } catch (err) {
    post({ type: 'done', id: message.id, ok: false, error: errorToWire(err) });
  } finally {
    hold.release();
    running.delete(message.id);
  }
}
