import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../src/domain/task.js';
import { StoreSignals } from '../../src/store/signals.js';
import { QueuePositions } from '../../src/tasks/queue-positions.js';

/** Signals as a store gives them, and a position read that records each call and can be held. */
class FakeStore extends StoreSignals {
  reads: string[][] = [];
  places = new Map<string, number>();
  hold: Promise<void> | undefined;
  async queuePositions(ids: readonly string[]) {
    this.reads.push([...ids]);
    const answer = new Map([...this.places].filter(([id]) => ids.includes(id)));
    await this.hold;
    return answer;
  }
  changed(id: string) {
    this.emitter.emit('changed', { id } as TaskRecord);
  }
  created() {
    this.emitter.emit('task');
  }
  listeners() {
    return this.emitter.listenerCount('changed') + this.emitter.listenerCount('task');
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('QueuePositions', () => {
  it('answers every watched task from one read per interval, however many streams and changes there are', async () => {
    const store = new FakeStore();
    const positions = new QueuePositions(store, 30);
    const heard = new Map<string, number[]>();
    const stops: (() => void)[] = [];
    for (let i = 0; i < 200; i++) {
      const id = `task_${i}`;
      store.places.set(id, i + 5);
      heard.set(id, []);
      stops.push(positions.watch(id, (ahead) => heard.get(id)!.push(ahead)));
    }
    // A second stream of the same task hears the same place.
    const twice: number[] = [];
    stops.push(positions.watch('task_7', (ahead) => twice.push(ahead)));
    for (let i = 0; i < 50; i++) store.changed(`other_${i}`);
    store.created();
    await sleep(80);
    expect(store.reads).toHaveLength(1);
    expect(store.reads[0]).toHaveLength(200);
    for (let i = 0; i < 200; i++) expect(heard.get(`task_${i}`)).toEqual([i + 5]);
    expect(twice).toEqual([12]);

    // Nothing changes: nothing is read. The last stream gone: the signals are let go.
    await sleep(60);
    expect(store.reads).toHaveLength(1);
    expect(positions.watchedCount).toBe(200);
    for (const stop of stops) stop();
    expect(positions.watchedCount).toBe(0);
    expect(store.listeners()).toBe(0);
    store.changed('other');
    await sleep(60);
    expect(store.reads).toHaveLength(1);
  });

  it("does not read for a task's own change when it is the only one watched; a change during a read brings one more read after it", async () => {
    const store = new FakeStore();
    const positions = new QueuePositions(store, 10);
    const heard: number[] = [];
    const stop = positions.watch('task_a', (ahead) => heard.push(ahead));
    store.places.set('task_a', 3);
    store.changed('task_a');
    await sleep(40);
    expect(store.reads).toHaveLength(0);

    let release = () => {};
    store.hold = new Promise<void>((r) => (release = r));
    store.changed('task_b');
    await sleep(40);
    expect(store.reads).toHaveLength(1);
    // Changes while the read is out: no second read at once, one after it.
    store.changed('task_c');
    store.changed('task_d');
    await sleep(40);
    expect(store.reads).toHaveLength(1);
    store.places.set('task_a', 1);
    store.hold = undefined;
    release();
    await sleep(60);
    expect(store.reads).toHaveLength(2);
    expect(heard).toEqual([3, 1]);
    stop();
  });

  it('a task that left the queue (no place in the read) hears nothing', async () => {
    const store = new FakeStore();
    const positions = new QueuePositions(store, 10);
    const heard: number[] = [];
    const stop = positions.watch('task_gone', (ahead) => heard.push(ahead));
    store.changed('task_x');
    await sleep(50);
    expect(store.reads).toEqual([['task_gone']]);
    expect(heard).toEqual([]);
    stop();
  });
});

describe('QueuePositions.placeOf', () => {
  it('places asked for in one turn of the event loop are read by one query; a failed read rejects them all', async () => {
    const store = new FakeStore();
    const positions = new QueuePositions(store, 10);
    for (let i = 0; i < 100; i++) store.places.set(`task_${i}`, i);
    const answers = await Promise.all([...Array.from({ length: 100 }, (_, i) => positions.placeOf(`task_${i}`)), positions.placeOf('task_3'), positions.placeOf('task_done')]);
    expect(store.reads).toHaveLength(1);
    expect(store.reads[0]).toHaveLength(101);
    expect(answers).toEqual([...Array.from({ length: 100 }, (_, i) => i), 3, null]);
    expect(await positions.placeOf('task_9')).toBe(9);
    expect(store.reads).toHaveLength(2);

    store.queuePositions = async () => {
      throw new Error('database is locked');
    };
    const failed = await Promise.allSettled([positions.placeOf('task_1'), positions.placeOf('task_2')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
