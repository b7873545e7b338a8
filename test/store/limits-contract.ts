import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IdempotencyKeyReused, InFlightLimitReached, type NewTask, type Store } from '../../src/store/ports.js';

type ClosableStore = Store & { close(): Promise<void> };

let seq = 0;
function newTask(keyId: string, over: Partial<NewTask> = {}): NewTask {
  seq++;
  return {
    id: `task_${seq.toString().padStart(5, '0')}_${Math.random().toString(36).slice(2, 8)}`,
    keyId,
    prompt: `a lighthouse at dusk ${seq}`,
    params: { aspectRatio: '1:1', resolution: '1K', useGoogleSearch: false, seed: 1 },
    references: [],
    webhookUrl: null,
    idempotencyKey: null,
    createdAt: 1_000 + seq,
    ...over,
  };
}

/**
 * Fair claiming, per-key caps, idempotency fingerprints and token buckets: what both stores
 * promise (docs/operations.md, "Fair scheduling" and "Per-key limits").
 */
export function limitsContract(name: string, make: () => Promise<ClosableStore>): void {
  describe(`Store limits contract: ${name}`, () => {
    let store: ClosableStore;
    beforeEach(async () => {
      store = await make();
      for (const id of ['key_a', 'key_b', 'key_c']) {
        await store.createKey({ id, name: id, keyHash: `hash_${id}`, prefix: id, webhookSecret: `whsec_${id}`, createdAt: 1 });
      }
    });
    afterEach(async () => {
      await store.close();
    });

    const claimAll = async (n: number, now = 10_000, cap = 0) => {
      const keys: string[] = [];
      for (let i = 0; i < n; i++) {
        const t = await store.claim('w1', now, 60_000, 3, cap);
        if (!t) break;
        keys.push(t.keyId);
      }
      return keys;
    };

    it('claims round-robin across keys: a flood of one key does not hold back another key’s task', async () => {
      for (let i = 0; i < 30; i++) await store.createTask(newTask('key_b'));
      const lone = (await store.createTask(newTask('key_a'))).task;
      await store.createTask(newTask('key_c'));
      await store.createTask(newTask('key_c'));
      // Oldest first within equal ranks: b (rank 1), a, c; then b and c take turns, then b alone.
      expect(await claimAll(7)).toEqual(['key_b', 'key_a', 'key_c', 'key_b', 'key_c', 'key_b', 'key_b']);
      expect((await store.getTask(lone.id))!.status).toBe('IN_PROGRESS');
    });

    it('a key with tasks running ranks behind a key with none, and its queue position says so', async () => {
      for (let i = 0; i < 5; i++) await store.createTask(newTask('key_b'));
      expect(await claimAll(2)).toEqual(['key_b', 'key_b']);
      const a = (await store.createTask(newTask('key_a'))).task;
      // B has 2 running and 3 queued (ranks 3, 4, 5); A's one task ranks 1.
      expect(await store.queuePosition(a.id)).toBe(0);
      const b = await store.listTasks('key_b', { page: 1, perPage: 10, status: 'CREATED' });
      const newestB = b.tasks[0];
      expect(await store.queuePosition(newestB.id)).toBe(3);
      expect((await store.claim('w1', 10_000, 60_000, 3))!.id).toBe(a.id);
      expect(await store.queuePosition(a.id)).toBeNull();
    });

    it('queuePositions reads the places of many tasks at once, in the order the claims then take them', async () => {
      const created: string[] = [];
      for (let i = 0; i < 6; i++) created.push((await store.createTask(newTask('key_b'))).task.id);
      expect(await claimAll(2)).toEqual(['key_b', 'key_b']);
      for (let i = 0; i < 2; i++) created.push((await store.createTask(newTask('key_a'))).task.id);
      created.push((await store.createTask(newTask('key_c'))).task.id);
      const places = await store.queuePositions([...created, 'task_missing']);
      // The two claimed tasks and the unknown id have no place; the rest number 0..6 without gaps.
      expect(places.size).toBe(7);
      expect([...places.values()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
      for (const [id, ahead] of places) expect(await store.queuePosition(id)).toBe(ahead);
      const expected = [...places].sort((x, y) => x[1] - y[1]).map(([id]) => id);
      const claimed: string[] = [];
      for (let i = 0; i < expected.length; i++) claimed.push((await store.claim('w1', 10_000, 60_000, 3))!.id);
      // A claim leaves the others' ranks as they were (its key's running count grows as its place
      // count shrinks), so while nothing ends the places foretell every claim, not only the next.
      expect(claimed).toEqual(expected);
      expect(await store.queuePositions([])).toEqual(new Map());
    });

    it('queue positions on a long mixed queue equal the claim ranking, asked one at a time and all at once (counted, not ranked)', async () => {
      // 3 keys, 160 tasks, created_at ties within and across keys, some claimed and some cancelled from the middle:
      // more than the plan's first count reaches (64), so every side of its scans runs; asked all at
      // once, most are read from the whole queue's ranking (src/store/queue-place.ts, the budget).
      let rand = 7;
      const next = () => (rand = (rand * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      const made: { id: string; keyId: string; createdAt: number }[] = [];
      for (let i = 0; i < 160; i++) {
        // Strict turns first (ranks level across keys, the older first), then a flood of key_a.
        const keyId = i < 45 ? ['key_a', 'key_b', 'key_c'][i % 3] : next() < 0.6 ? 'key_a' : next() < 0.5 ? 'key_b' : 'key_c';
        const id = `t${Math.floor(next() * 36 ** 8).toString(36).padStart(8, '0')}${i.toString().padStart(3, '0')}`;
        const t = { id, keyId, createdAt: 5_000 + Math.floor(i / 4) };
        await store.createTask(newTask(keyId, t));
        made.push(t);
      }
      await claimAll(5);
      for (const t of made.filter((_, i) => i % 9 === 4)) await store.fail(t.id, 6_000, { code: 'cancelled', message: 'x' });
      // The claim order, worked out here: running count + place within the key, then (created_at, id).
      const status = new Map(await Promise.all(made.map(async (t) => [t.id, (await store.getTask(t.id))!.status] as const)));
      const queued = made.filter((t) => status.get(t.id) === 'CREATED').sort((x, y) => x.createdAt - y.createdAt || (x.id < y.id ? -1 : 1));
      const running = (key: string) => made.filter((t) => t.keyId === key && status.get(t.id) === 'IN_PROGRESS').length;
      const place = new Map<string, number>();
      const seen = new Map<string, number>();
      for (const t of queued) {
        seen.set(t.keyId, (seen.get(t.keyId) ?? 0) + 1);
        place.set(t.id, seen.get(t.keyId)! + running(t.keyId));
      }
      const order = [...queued].sort((x, y) => place.get(x.id)! - place.get(y.id)! || x.createdAt - y.createdAt || (x.id < y.id ? -1 : 1));
      const expected = new Map(order.map((t, i) => [t.id, i]));
      const one = new Map<string, number | null>();
      for (const t of made) one.set(t.id, await store.queuePosition(t.id));
      for (const t of made) expect([t.id, one.get(t.id)]).toEqual([t.id, expected.get(t.id) ?? null]);
      expect(await store.queuePositions(made.map((t) => t.id))).toEqual(expected);
      expect(await store.queuePositions(made.slice(0, 20).map((t) => t.id))).toEqual(new Map(made.slice(0, 20).filter((t) => expected.has(t.id)).map((t) => [t.id, expected.get(t.id)])));
      // The per-key counts behind the in-flight cap follow every change too.
      const inFlightA = made.filter((t) => t.keyId === 'key_a' && status.get(t.id) !== 'FAILED').length;
      await expect(store.createTask(newTask('key_a', { maxInFlight: inFlightA }))).rejects.toBeInstanceOf(InFlightLimitReached);
      expect((await store.createTask(newTask('key_a', { maxInFlight: inFlightA + 1 }))).created).toBe(true);
    });

    it('passes over a key at its running cap (server default or the key’s own); expired leases free the slot', async () => {
      for (let i = 0; i < 4; i++) await store.createTask(newTask('key_b'));
      expect(await claimAll(4, 10_000, 2)).toEqual(['key_b', 'key_b']);
      await store.createTask(newTask('key_a'));
      expect(await claimAll(4, 10_000, 2)).toEqual(['key_a']);
      // The key's own cap wins over the default.
      await store.updateKeyLimits('key_b', { maxRunning: 3 });
      expect(await claimAll(4, 10_000, 2)).toEqual(['key_b']);
      // Leases that expired no longer count as running: those tasks are runnable again, in turns.
      expect(await claimAll(6, 80_000, 2)).toEqual(['key_b', 'key_a', 'key_b', 'key_b']);
    });

    it('refuses a task past the in-flight cap; finished tasks free room; a replay passes at the cap', async () => {
      const first = (await store.createTask(newTask('key_a', { maxInFlight: 2, idempotencyKey: 'k1', fingerprint: 'f1' }))).task;
      await store.createTask(newTask('key_a', { maxInFlight: 2 }));
      await expect(store.createTask(newTask('key_a', { maxInFlight: 2 }))).rejects.toBeInstanceOf(InFlightLimitReached);
      const again = await store.createTask(newTask('key_a', { maxInFlight: 2, idempotencyKey: 'k1', fingerprint: 'f1' }));
      expect(again).toMatchObject({ created: false, task: { id: first.id } });
      // Another key is not counted.
      await store.createTask(newTask('key_b', { maxInFlight: 2 }));
      await store.fail(first.id, 20_000, { code: 'cancelled', message: 'x' });
      expect((await store.createTask(newTask('key_a', { maxInFlight: 2 }))).created).toBe(true);
    });

    it('the same idempotency key with another fingerprint is refused, naming the key and the first task', async () => {
      const first = (await store.createTask(newTask('key_a', { idempotencyKey: 'order-7', fingerprint: 'aaa' }))).task;
      const err = await store.createTask(newTask('key_a', { idempotencyKey: 'order-7', fingerprint: 'bbb' })).catch((e) => e);
      expect(err).toBeInstanceOf(IdempotencyKeyReused);
      expect(err).toMatchObject({ idempotencyKey: 'order-7', taskId: first.id });
      expect((await store.createTask(newTask('key_a', { idempotencyKey: 'order-7', fingerprint: 'aaa' }))).task.id).toBe(first.id);
      expect((await store.listTasks('key_a', { page: 1, perPage: 10 })).total).toBe(1);
    });

    it('stores per-key limits, updates some fields, and clears them back to the default', async () => {
      expect((await store.getKey('key_a'))!.limits).toEqual({ ratePerSecond: null, burst: null, maxInFlight: null, maxRunning: null });
      await store.updateKeyLimits('key_a', { ratePerSecond: 2.5, burst: 7 });
      const k = await store.updateKeyLimits('key_a', { maxInFlight: 20 });
      expect(k!.limits).toEqual({ ratePerSecond: 2.5, burst: 7, maxInFlight: 20, maxRunning: null });
      expect((await store.findKeyByHash('hash_key_a'))!.limits.maxInFlight).toBe(20);
      expect((await store.updateKeyLimits('key_a', { burst: null }))!.limits.burst).toBeNull();
      expect(await store.updateKeyLimits('key_nope', { burst: 1 })).toBeUndefined();
    });

    it('token bucket: a burst at once, then the sustained rate, refilled by elapsed time only', async () => {
      let allowed = 0;
      for (let i = 0; i < 8; i++) if ((await store.drawRateToken('key_a', 2, 5, 100_000)).allowed) allowed++;
      expect(allowed).toBe(5);
      // 1.5 s later: 3 tokens at 2/s.
      allowed = 0;
      for (let i = 0; i < 5; i++) if ((await store.drawRateToken('key_a', 2, 5, 101_500)).allowed) allowed++;
      expect(allowed).toBe(3);
      // A clock that steps back adds nothing.
      expect((await store.drawRateToken('key_a', 2, 5, 99_000)).allowed).toBe(false);
      // Another key has its own bucket.
      expect((await store.drawRateToken('key_b', 2, 5, 101_500)).allowed).toBe(true);
    });
  });
}
