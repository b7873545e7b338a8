import { Semaphore } from '../lib/semaphore.js';

type Stage = 'references' | 'engine' | 'done';

/** One claimed task's passage through the stages; `finish` once it has ended, whatever happened. */
export interface StageTicket {
  /** A reference slot of the task's key, then a global one; the returned function gives both back. */
  referenceSlot(signal: AbortSignal): Promise<() => void>;
  /** Moves the task to the engine stage and waits (in order) for an engine slot. */
  engineSlot(signal: AbortSignal): Promise<() => void>;
  finish(): void;
}

/**
 * The two stages of a running task and their slots (docs/operations.md, "Fair scheduling"):
 * fetching and checking reference images (`referenceConcurrency` in all, `referencePerKey` per API
 * key), then the engine (`engineConcurrency`). A task whose reference URLs hang holds a reference
 * slot of its own key, never an engine slot, so it delays nobody else's generation.
 */
export class TaskStages {
  private readonly engine: Semaphore;
  private readonly references: Semaphore;
  private readonly perKey = new Map<string, { semaphore: Semaphore; users: number }>();
  private readonly inStage: Record<Stage, number> = { references: 0, engine: 0, done: 0 };

  constructor(private readonly limits: { engineConcurrency: number; referenceConcurrency: number; referencePerKey: number }) {
    this.engine = new Semaphore(limits.engineConcurrency);
    this.references = new Semaphore(limits.referenceConcurrency);
  }

  /**
   * Whether the worker may claim another task: it would start at once, with or without
   * references. Claims stop while the engine stage is full, so queued tasks wait in the shared
   * queue in its fair order rather than in this process.
   */
  get hasRoom(): boolean {
    return this.room > 0;
  }

  /** How many tasks the worker may claim now: each could go to either stage. */
  get room(): number {
    return Math.max(0, Math.min(this.limits.engineConcurrency - this.inStage.engine, this.limits.referenceConcurrency - this.inStage.references));
  }

  /** Tasks of this process in each stage (waiting for a slot or holding one). */
  get counts(): { references: number; engine: number } {
    return { references: this.inStage.references, engine: this.inStage.engine };
  }

  /** Counts a task claimed just now in its first stage, before any await, so `hasRoom` sees it at once. */
  admit(keyId: string, hasReferences: boolean): StageTicket {
    let stage: Stage = hasReferences ? 'references' : 'engine';
    this.inStage[stage]++;
    const move = (to: Stage) => {
      this.inStage[stage]--;
      stage = to;
      this.inStage[stage]++;
    };
    return {
      referenceSlot: (signal) => this.referenceSlot(keyId, signal),
      engineSlot: async (signal) => {
        if (stage === 'references') move('engine');
        return once(await this.engine.acquire(signal));
      },
      finish: () => {
        if (stage !== 'done') move('done');
      },
    };
  }

  private async referenceSlot(keyId: string, signal: AbortSignal): Promise<() => void> {
    let entry = this.perKey.get(keyId);
    if (!entry) this.perKey.set(keyId, (entry = { semaphore: new Semaphore(this.limits.referencePerKey), users: 0 }));
    entry.users++;
    const leave = () => {
      if (--entry.users === 0) this.perKey.delete(keyId);
    };
    let releaseKey: (() => void) | undefined;
    try {
      releaseKey = await entry.semaphore.acquire(signal);
      const releaseAll = await this.references.acquire(signal);
      return once(() => {
        releaseAll();
        releaseKey!();
        leave();
      });
    } catch (err) {
      releaseKey?.();
      leave();
      throw err;
    }
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}
