/**
 * Delivery slots (docs/webhooks.md, "Isolation"): at most `total` attempts in flight, at most
 * `perOrigin` to one destination origin (scheme, host and port), and at most `perKey` for the events
 * of one API key (so one tenant's many dead origins cannot take every slot). A claimed event that
 * cannot start waits here, outside the global slots, so a hanging receiver holds only its own slots
 * and never stops the claim loop from reaching other origins' events.
 */

export interface SlotEvent {
  id: string;
  url: string;
  keyId: string;
}

interface Parked<T> {
  event: T;
  claimedAt: number;
}

/** What `admit` did with an event. */
export type Admission = 'start' | 'parked' | 'dropped';

export class DeliverySlots<T extends SlotEvent> {
  private running = 0;
  private readonly active = new Map<string, number>();
  /** Per key and origin, oldest first. */
  private readonly parked = new Map<string, Parked<T>[]>();
  private parkedCount = 0;

  constructor(
    private readonly total: number,
    private readonly perOrigin: number,
    private readonly perKey: number,
    /** Events held while their origin is busy; past this, more are dropped (their lease brings them back). */
    private readonly maxParked: number,
  ) {}

  /** Global slots free: how many events a claim may ask for. */
  get free(): number {
    return this.total - this.running;
  }

  get parkedEvents(): number {
    return this.parkedCount;
  }

  /**
   * A claimed event: 'start' takes a slot for it (call `release` when its attempt ends); 'parked'
   * keeps it until `takeReady` hands it out; 'dropped' forgets it (its lease runs out and a later
   * claim brings it back).
   */
  admit(event: T, claimedAt: number): Admission {
    const bucket = bucketOf(event);
    if (this.hasRoom(event) && !this.parked.has(bucket)) {
      this.take(event);
      return 'start';
    }
    const queue = this.parked.get(bucket) ?? [];
    // A claim can return an event again once its lease ran out: keep the newer lease only.
    const again = queue.findIndex((p) => p.event.id === event.id);
    if (again >= 0) queue.splice(again, 1);
    else if (this.parkedCount >= this.maxParked) return 'dropped';
    else this.parkedCount++;
    queue.push({ event, claimedAt });
    this.parked.set(bucket, queue);
    return 'parked';
  }

  /**
   * Parked events that may start now, with their slots taken. Events parked for longer than
   * `maxWaitMs` are dropped instead: their lease could run out during the attempt.
   */
  takeReady(now: number, maxWaitMs: number): T[] {
    const ready: T[] = [];
    for (const [bucket, queue] of this.parked) {
      while (queue.length && now - queue[0]!.claimedAt > maxWaitMs) {
        queue.shift();
        this.parkedCount--;
      }
      while (queue.length && this.hasRoom(queue[0]!.event)) {
        const { event } = queue.shift()!;
        ready.push(event);
        this.parkedCount--;
        this.take(event);
      }
      if (!queue.length) this.parked.delete(bucket);
    }
    return ready;
  }

  release(event: T): void {
    this.running--;
    for (const group of groupsOf(event)) {
      const n = this.count(group) - 1;
      if (n > 0) this.active.set(group, n);
      else this.active.delete(group);
    }
  }

  /** Forgets every parked event (at stop: their leases run out, or the next start releases them). */
  clearParked(): void {
    this.parked.clear();
    this.parkedCount = 0;
  }

  private hasRoom(event: T): boolean {
    const [origin, key] = groupsOf(event);
    return this.running < this.total && this.count(origin) < this.perOrigin && this.count(key) < this.perKey;
  }

  private count(group: string): number {
    return this.active.get(group) ?? 0;
  }

  private take(event: T): void {
    this.running++;
    for (const group of groupsOf(event)) this.active.set(group, this.count(group) + 1);
  }
}

/** The two limits an event counts against: its origin's and its key's. */
function groupsOf(event: SlotEvent): [string, string] {
  return [`origin ${originOf(event.url)}`, `key ${event.keyId}`];
}

function bucketOf(event: SlotEvent): string {
  return `${event.keyId} ${originOf(event.url)}`;
}

/** `https://hooks.example.com:8443` for any URL there; a URL that does not parse is its own origin. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
