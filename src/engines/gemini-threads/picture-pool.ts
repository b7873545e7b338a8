/**
 * Memory the gemini threads decode pictures into and lend to the main thread. A picture moved as a
 * transferred ArrayBuffer is new external memory on the main thread each time, and V8 answers
 * external memory growth with full collections of the server's heap: a burst of 5 MB pictures
 * stalled the event loop for 100–200 ms at a time (docs/benchmarks.md, "Burst"). A
 * SharedArrayBuffer is sent to the main thread once and then reused: the picture's bytes are
 * written into it on the thread, read from it where they are stored, and given back.
 *
 * Each arena holds one picture at a time. `generation` counts its loans, so that a late or repeated
 * give-back (the safety net of a collected view beside an explicit release) never frees a later loan.
 * When every arena is lent and no new one fits under the limit, `take` answers undefined and the
 * caller allocates as before (the picture is then transferred).
 */

const ARENA_STEP = 2 ** 20;

interface Arena {
  id: number;
  sab: SharedArrayBuffer;
  lent: boolean;
  generation: number;
  /** Whether the main thread has been sent this arena's SharedArrayBuffer yet. */
  announced: boolean;
}

/** Where a lent picture lives, as the main thread is told it. */
export interface Loan {
  arena: number;
  generation: number;
  length: number;
  /** The arena itself, the first time the main thread hears of it. */
  sab?: SharedArrayBuffer;
}

/** The thread's side: arenas up to `limitBytes` in all. */
export class PicturePool {
  private readonly arenas: Arena[] = [];
  private readonly byView = new WeakMap<Buffer, Arena>();
  private total = 0;
  private nextId = 1;

  constructor(readonly limitBytes: number) {
    if (!Number.isInteger(limitBytes) || limitBytes < 0) throw new Error(`picture pool limit must be a whole number of bytes ≥ 0, got ${limitBytes}`);
  }

  /** A Buffer of exactly `size` bytes in a free arena, or undefined when the pool is spent. */
  take(size: number): Buffer | undefined {
    let arena: Arena | undefined;
    for (const a of this.arenas) if (!a.lent && a.sab.byteLength >= size && (!arena || a.sab.byteLength < arena.sab.byteLength)) arena = a;
    if (!arena) {
      const capacity = Math.max(ARENA_STEP, Math.ceil(size / ARENA_STEP) * ARENA_STEP);
      if (this.total + capacity > this.limitBytes) return undefined;
      arena = { id: this.nextId++, sab: new SharedArrayBuffer(capacity), lent: false, generation: 0, announced: false };
      this.arenas.push(arena);
      this.total += capacity;
    }
    arena.lent = true;
    arena.generation++;
    const view = Buffer.from(arena.sab, 0, size);
    this.byView.set(view, arena);
    return view;
  }

  /** The loan to tell the main thread of, for a Buffer `take` gave (undefined for any other Buffer). */
  loanOf(view: Buffer): Loan | undefined {
    const arena = this.byView.get(view);
    if (!arena || !arena.lent) return undefined;
    const loan: Loan = { arena: arena.id, generation: arena.generation, length: view.length };
    if (!arena.announced) {
      arena.announced = true;
      loan.sab = arena.sab;
    }
    return loan;
  }

  /** Takes back a Buffer `take` gave that is not going to the main thread after all. */
  giveBack(view: Buffer): void {
    const arena = this.byView.get(view);
    if (arena) this.free(arena.id, arena.generation);
  }

  /** The main thread is done with loan `generation` of `arena`; anything else is ignored. */
  free(arenaId: number, generation: number): void {
    const arena = this.arenas.find((a) => a.id === arenaId);
    if (arena && arena.lent && arena.generation === generation) arena.lent = false;
  }

  get lentCount(): number {
    return this.arenas.filter((a) => a.lent).length;
  }

  get bytes(): number {
    return this.total;
  }
}

/**
 * The main thread's side, one per thread: the arenas it was sent, and the give-back of each loan,
 * explicit (`release`) or, for a result nobody released, when its Buffer is collected.
 */
export class LoanBook {
  private readonly arenas = new Map<number, SharedArrayBuffer>();
  private readonly unreleased = new FinalizationRegistry<{ arena: number; generation: number }>((loan) => this.send(loan.arena, loan.generation));

  constructor(private readonly send: (arena: number, generation: number) => void) {}

  /** The lent bytes as a Buffer, and the function that gives them back (once). */
  open(loan: Loan): { bytes: Buffer; release(): void } {
    if (loan.sab) this.arenas.set(loan.arena, loan.sab);
    const sab = this.arenas.get(loan.arena);
    if (!sab) throw new Error(`gemini thread lent arena ${loan.arena}, which it never sent`);
    const bytes = Buffer.from(sab, 0, loan.length);
    const token = {};
    this.unreleased.register(bytes, { arena: loan.arena, generation: loan.generation }, token);
    let released = false;
    return {
      bytes,
      release: () => {
        if (released) return;
        released = true;
        this.unreleased.unregister(token);
        this.send(loan.arena, loan.generation);
      },
    };
  }
}
