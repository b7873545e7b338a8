import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRenderer, NewTask, Store } from '../../src/store/ports.js';
import type { FileRecord, TaskRecord, TaskResult } from '../../src/domain/task.js';

/** The renderer every implementation gets in the contract: enough to see which task state it saw. */
export const renderEvent: EventRenderer = (t) => JSON.stringify({ id: t.id, status: t.status, files: t.files.length });

type ClosableStore = Store & { close(): Promise<void> };

const A = 'key_a';
const B = 'key_b';
const HOOK = 'https://hooks.example.com/in';
const RESULT: TaskResult = {
  engine: 'local',
  model: 'local-1',
  metrics: { queue_ms: 1, generation_ms: 2, storage_ms: 3, total_ms: 6 },
};

let seq = 0;
function newTask(over: Partial<NewTask> = {}): NewTask {
  seq++;
  return {
    id: `task_${seq.toString().padStart(4, '0')}_${Math.random().toString(36).slice(2, 8)}`,
    keyId: A,
    prompt: `a lighthouse at dusk ${seq}`,
    params: { aspectRatio: '16:9', resolution: '1K', useGoogleSearch: false, seed: 7 },
    references: [],
    webhookUrl: null,
    idempotencyKey: null,
    createdAt: 1_000 + seq,
    ...over,
  };
}

function fileFor(task: TaskRecord, index: number, expiresAt = 50_000): FileRecord {
  return {
    id: `file_${task.id}_${index}`,
    taskId: task.id,
    keyId: task.keyId,
    index,
    mimeType: 'image/png',
    extension: 'png',
    bytes: 1234 + index,
    width: 1024,
    height: 576,
    etag: `"etag${index}"`,
    createdAt: 2_000,
    expiresAt,
  };
}

/**
 * The behaviour every `Store` implementation promises (docs/architecture.md: one contract suite per interface).
 * `make` returns a fresh, empty store for each test.
 */
export function storeContract(name: string, make: () => Promise<ClosableStore>): void {
  describe(`Store contract: ${name}`, () => {
    let store: ClosableStore;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    async function addKey(id: string, createdAt = 1) {
      return store.createKey({ id, name: `name ${id}`, keyHash: `hash_${id}`, prefix: `bs_live_${id}`, webhookSecret: `whsec_${id}`, createdAt });
    }

    async function create(over: Partial<NewTask> = {}) {
      return (await store.createTask(newTask(over))).task;
    }

    async function createdAndClaimed(over: Partial<NewTask> = {}, owner = 'w1', now = 10_000) {
      const t = await create(over);
      const claimed = await store.claim(owner, now, 60_000, 3);
      expect(claimed?.id).toBe(t.id);
      return claimed!;
    }

    describe('keys', () => {
      it('creates a key and finds it by hash and id; unknown hashes find nothing', async () => {
        const key = await addKey('k1', 5);
        expect(key).toEqual({
          id: 'k1',
          name: 'name k1',
          prefix: 'bs_live_k1',
          createdAt: 5,
          revokedAt: null,
          webhookSecret: 'whsec_k1',
          previousWebhookSecret: null,
          previousSecretExpiresAt: null,
          limits: { ratePerSecond: null, burst: null, maxInFlight: null, maxRunning: null },
        });
        expect(await store.findKeyByHash('hash_k1')).toEqual(key);
        expect(await store.getKey('k1')).toEqual(key);
        expect(await store.findKeyByHash('hash_nope')).toBeUndefined();
        expect(await store.getKey('nope')).toBeUndefined();
      });

      it('revokes once: revokedAt is visible through findKeyByHash and active keys drop', async () => {
        await addKey('k1', 1);
        await addKey('k2', 2);
        expect(await store.findKeyByHash('hash_k1')).toMatchObject({ revokedAt: null });
        expect(await store.countActiveKeys()).toBe(2);
        expect(await store.revokeKey('k1', 777)).toBe(true);
        expect(await store.revokeKey('k1', 888)).toBe(false);
        expect(await store.revokeKey('missing', 888)).toBe(false);
        expect((await store.findKeyByHash('hash_k1'))?.revokedAt).toBe(777);
        expect(await store.countActiveKeys()).toBe(1);
        expect((await store.listKeys()).map((k) => [k.id, k.revokedAt])).toEqual([
          ['k1', 777],
          ['k2', null],
        ]);
      });

      it('lists keys oldest first, ties by id', async () => {
        await addKey('k3', 5);
        await addKey('k2', 5);
        await addKey('k9', 1);
        expect((await store.listKeys()).map((k) => k.id)).toEqual(['k9', 'k2', 'k3']);
      });

      it('rotating the webhook secret keeps the previous one with its expiry', async () => {
        await addKey('k1');
        const rotated = await store.rotateWebhookSecret('k1', 'whsec_new', 99_000);
        expect(rotated).toMatchObject({ webhookSecret: 'whsec_new', previousWebhookSecret: 'whsec_k1', previousSecretExpiresAt: 99_000 });
        expect(await store.findKeyByHash('hash_k1')).toMatchObject({ webhookSecret: 'whsec_new', previousWebhookSecret: 'whsec_k1' });
        expect(await store.rotateWebhookSecret('missing', 'x', 1)).toBeUndefined();
      });
    });

    describe('creating and reading tasks', () => {
      it('creates a CREATED task readable by its key only', async () => {
        const input = newTask({ webhookUrl: HOOK, idempotencyKey: 'idem-1' });
        const { task, created } = await store.createTask(input);
        expect(created).toBe(true);
        expect(task).toEqual({
          id: input.id,
          keyId: A,
          status: 'CREATED',
          prompt: input.prompt,
          params: input.params,
          referenceCount: 0,
          webhookUrl: HOOK,
          idempotencyKey: 'idem-1',
          runs: 0,
          createdAt: input.createdAt,
          updatedAt: input.createdAt,
          startedAt: null,
          finishedAt: null,
          error: null,
          result: null,
          files: [],
        });
        expect(await store.getTask(input.id)).toEqual(task);
        expect(await store.getTask(input.id, A)).toEqual(task);
        expect(await store.getTask(input.id, B)).toBeUndefined();
        expect(await store.getTask('task_missing')).toBeUndefined();
      });

      it('an idempotency key returns the first task to the same key, and is separate per key', async () => {
        const first = await store.createTask(newTask({ idempotencyKey: 'same' }));
        const again = await store.createTask(newTask({ idempotencyKey: 'same', prompt: 'something else' }));
        expect(again.created).toBe(false);
        expect(again.task.id).toBe(first.task.id);
        expect(again.task.prompt).toBe(first.task.prompt);
        const other = await store.createTask(newTask({ idempotencyKey: 'same', keyId: B }));
        expect(other.created).toBe(true);
        expect(other.task.id).not.toBe(first.task.id);
        expect((await store.listTasks(A, { page: 1, perPage: 10 })).total).toBe(1);
      });

      it('tasks without an idempotency key never collide', async () => {
        const a = await store.createTask(newTask());
        const b = await store.createTask(newTask());
        expect([a.created, b.created]).toEqual([true, true]);
        expect((await store.listTasks(A, { page: 1, perPage: 10 })).total).toBe(2);
      });

      it('keeps inline reference bytes and URLs, in order', async () => {
        const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x10]);
        const t = await create({
          references: [
            { index: 0, kind: 'url', url: 'https://img.example.com/a.png', mimeType: 'image/png' },
            { index: 1, kind: 'inline', bytes, mimeType: 'image/png', text: 'the cat' },
          ],
        });
        expect(t.referenceCount).toBe(2);
        const refs = await store.getReferences(t.id);
        expect(refs).toHaveLength(2);
        expect(refs[0]).toMatchObject({ index: 0, kind: 'url', url: 'https://img.example.com/a.png', mimeType: 'image/png' });
        expect(refs[0].bytes).toBeUndefined();
        expect(refs[1]).toMatchObject({ index: 1, kind: 'inline', mimeType: 'image/png', text: 'the cat' });
        expect(Buffer.compare(Buffer.from(refs[1].bytes!), bytes)).toBe(0);
      });

      it('lists a key’s tasks newest first with pagination, status filter and total', async () => {
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) ids.push((await create({ createdAt: 1_000 + i })).id);
        await create({ keyId: B, createdAt: 5_000 });
        const page1 = await store.listTasks(A, { page: 1, perPage: 2 });
        expect(page1.total).toBe(5);
        expect(page1.tasks.map((t) => t.id)).toEqual([ids[4], ids[3]]);
        const page3 = await store.listTasks(A, { page: 3, perPage: 2 });
        expect(page3.tasks.map((t) => t.id)).toEqual([ids[0]]);
        expect((await store.listTasks(A, { page: 4, perPage: 2 })).tasks).toEqual([]);

        const claimed = await store.claim('w1', 10_000, 60_000, 3);
        expect(claimed?.id).toBe(ids[0]);
        const inProgress = await store.listTasks(A, { page: 1, perPage: 10, status: 'IN_PROGRESS' });
        expect(inProgress.total).toBe(1);
        expect(inProgress.tasks.map((t) => [t.id, t.status])).toEqual([[ids[0], 'IN_PROGRESS']]);
        expect((await store.listTasks(A, { page: 1, perPage: 10, status: 'CREATED' })).total).toBe(4);
      });

      it('lists completed tasks with their files', async () => {
        const t = await createdAndClaimed();
        await store.complete(t.id, 'w1', 11_000, [fileFor(t, 0), fileFor(t, 1)], RESULT);
        const { tasks } = await store.listTasks(A, { page: 1, perPage: 10 });
        expect(tasks[0].files.map((f) => f.id)).toEqual([`file_${t.id}_0`, `file_${t.id}_1`]);
      });
    });

    describe('claiming', () => {
      it('takes the oldest CREATED task, marks it IN_PROGRESS and counts a run', async () => {
        const newer = await create({ createdAt: 2_000 });
        const older = await create({ createdAt: 1_500 });
        const claimed = await store.claim('w1', 10_000, 60_000, 3);
        expect(claimed).toMatchObject({ id: older.id, status: 'IN_PROGRESS', runs: 1, startedAt: 10_000, updatedAt: 10_000 });
        expect(await store.getTask(older.id)).toMatchObject({ status: 'IN_PROGRESS', runs: 1 });
        expect((await store.claim('w1', 10_001, 60_000, 3))?.id).toBe(newer.id);
        expect(await store.claim('w1', 10_002, 60_000, 3)).toBeUndefined();
      });

      it('claimMany takes up to its limit in one go, in the order single claims take them, each with its event', async () => {
        const a = [1_000, 1_001, 1_002].map((createdAt) => create({ keyId: A, createdAt, webhookUrl: HOOK }));
        const b = [1_500, 1_501].map((createdAt) => create({ keyId: B, createdAt }));
        const [a1, a2, a3] = await Promise.all(a);
        const [b1, b2] = await Promise.all(b);
        const changed: string[] = [];
        store.onTaskChanged((t) => changed.push(`${t.id} ${t.status}`));
        // Round robin: each key's first (oldest first), then each key's second, then A's third.
        const first = await store.claimMany('w1', 10_000, 60_000, 3, 0, 4);
        expect(first.map((t) => t.id)).toEqual([a1.id, b1.id, a2.id, b2.id]);
        expect(first.every((t) => t.status === 'IN_PROGRESS' && t.runs === 1 && t.stage === 'generating')).toBe(true);
        expect((await store.claimMany('w1', 10_001, 60_000, 3, 0, 4)).map((t) => t.id)).toEqual([a3.id]);
        expect(await store.claimMany('w1', 10_002, 60_000, 3, 0, 4)).toEqual([]);
        expect(changed).toEqual([a1, b1, a2, b2, a3].map((t) => `${t.id} IN_PROGRESS`));
        const events = await store.listDeliveries(A, { limit: 10 });
        expect(events.map((e) => [e.taskId, e.status]).sort()).toEqual([a1, a2, a3].map((t) => [t.id, 'IN_PROGRESS']).sort());
        // A running cap counts the tasks taken earlier in the same batch.
        const c = await Promise.all([2_000, 2_001, 2_002].map((createdAt) => create({ keyId: B, createdAt })));
        expect((await store.claimMany('w1', 10_003, 60_000, 3, 4, 5)).map((t) => t.id)).toEqual([c[0].id, c[1].id]);
      });

      it('writes exactly one IN_PROGRESS event when the task has a webhook, none otherwise', async () => {
        const withHook = await createdAndClaimed({ webhookUrl: HOOK });
        await createdAndClaimed({ keyId: B });
        const events = await store.listDeliveries(A, { limit: 10 });
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ taskId: withHook.id, keyId: A, url: HOOK, status: 'IN_PROGRESS', state: 'pending', attempts: 0, nextAttemptAt: 10_000 });
        expect(JSON.parse(events[0].payload)).toEqual({ id: withHook.id, status: 'IN_PROGRESS', files: 0 });
        expect(await store.listDeliveries(B, { limit: 10 })).toEqual([]);
      });

      it('two concurrent claimers never take the same task', async () => {
        for (let i = 0; i < 5; i++) await create();
        const taken: string[] = [];
        for (let round = 0; round < 4; round++) {
          const pair = await Promise.all([store.claim('w1', 10_000, 60_000, 3), store.claim('w2', 10_000, 60_000, 3)]);
          for (const t of pair) if (t) taken.push(t.id);
        }
        expect(taken).toHaveLength(5);
        expect(new Set(taken).size).toBe(5);
      });

      it('many concurrent claimers over many rounds never take the same task twice', async () => {
        for (let i = 0; i < 40; i++) await create({ keyId: i % 2 ? A : B, createdAt: 1_000 + i });
        const taken: string[] = [];
        for (let round = 0; round < 10; round++) {
          const batch = await Promise.all(Array.from({ length: 6 }, (_, w) => store.claim(`w${w}`, 10_000, 60_000, 3)));
          for (const t of batch) if (t) taken.push(t.id);
        }
        expect(new Set(taken).size).toBe(taken.length);
        expect(taken).toHaveLength(40);
      });

      it('a claim puts a task without references at the engine stage; one with references has no stage yet', async () => {
        const plain = await create({ createdAt: 1_000 });
        const withRefs = await create({ createdAt: 2_000, references: [{ index: 0, kind: 'inline', bytes: Buffer.from('x'), mimeType: 'image/png' }] });
        expect(await store.claim('w1', 10_000, 60_000, 3)).toMatchObject({ id: plain.id, stage: 'generating' });
        const second = await store.claim('w1', 10_000, 60_000, 3);
        expect(second?.id).toBe(withRefs.id);
        expect(second?.stage).toBeUndefined();
      });

      it('re-claims a task whose lease expired while runs remain, without a second IN_PROGRESS event', async () => {
        const t = await create({ webhookUrl: HOOK });
        expect((await store.claim('w1', 10_000, 100, 2))?.runs).toBe(1);
        expect(await store.setStage(t.id, 'w1', 'storing')).toBe(true);
        expect(await store.claim('w2', 10_050, 100, 2)).toBeUndefined();
        const again = await store.claim('w2', 10_101, 100, 2);
        expect(again).toMatchObject({ id: t.id, status: 'IN_PROGRESS', runs: 2, startedAt: 10_000 });
        // The interrupted run's stage is not this run's: without references, this run is at the engine.
        expect(again?.stage).toBe('generating');
        expect(await store.renewLease(t.id, 'w1', 20_000)).toBe(false);
        expect(await store.renewLease(t.id, 'w2', 20_000)).toBe(true);
        // Out of runs: not claimable again, even once its lease has passed.
        expect(await store.claim('w3', 30_000, 100, 2)).toBeUndefined();
        expect((await store.listDeliveries(A, { limit: 10 })).map((e) => e.status)).toEqual(['IN_PROGRESS']);
      });

      it('a lost-task failure leaves a task whose lease was renewed meanwhile running', async () => {
        const t = await createdAndClaimed({}, 'w1', 10_000);
        expect(await store.renewLease(t.id, 'w1', 99_000)).toBe(true);
        expect(await store.fail(t.id, 80_000, { code: 'worker_lost', message: 'lost' }, { leaseBefore: 80_000 })).toBeUndefined();
        expect(await store.getTask(t.id)).toMatchObject({ status: 'IN_PROGRESS' });
        expect(await store.fail(t.id, 99_001, { code: 'worker_lost', message: 'lost' }, { leaseBefore: 99_001 })).toMatchObject({ status: 'FAILED' });
      });

      it('renews a lease only for its owner and only while in progress', async () => {
        const t = await createdAndClaimed();
        expect(await store.renewLease(t.id, 'w2', 99_000)).toBe(false);
        expect(await store.renewLease(t.id, 'w1', 99_000)).toBe(true);
        // The renewed lease holds past the original expiry.
        expect(await store.claim('w2', 80_000, 60_000, 3)).toBeUndefined();
        await store.complete(t.id, 'w1', 81_000, [], RESULT);
        expect(await store.renewLease(t.id, 'w1', 99_000)).toBe(false);
      });

      it('fails tasks lost after their last run with worker_lost, and only those', async () => {
        const lost = await create({ webhookUrl: HOOK, createdAt: 1 });
        const live = await create({ createdAt: 2 });
        await store.claim('w1', 10_000, 100, 1);
        await store.claim('w1', 10_000, 5_000, 1);
        expect(await store.failLostTasks(10_200, 1, 'lost it')).toBe(1);
        expect(await store.getTask(lost.id)).toMatchObject({
          status: 'FAILED',
          error: { code: 'worker_lost', message: 'lost it' },
          finishedAt: 10_200,
        });
        expect((await store.getTask(live.id))?.status).toBe('IN_PROGRESS');
        expect((await store.listDeliveries(A, { taskId: lost.id, limit: 10 })).map((e) => e.status)).toEqual(['FAILED', 'IN_PROGRESS']);
        expect(await store.failLostTasks(10_300, 1, 'lost it')).toBe(0);
      });
    });

    describe('completing and failing', () => {
      it('completes only for the owner: files, result, rendered event, references dropped', async () => {
        const t = await createdAndClaimed({
          webhookUrl: HOOK,
          references: [{ index: 0, kind: 'inline', bytes: Buffer.from('png!'), mimeType: 'image/png' }],
        });
        const files = [fileFor(t, 0), fileFor(t, 1)];
        expect(await store.complete(t.id, 'intruder', 11_000, files, RESULT)).toBeUndefined();
        expect((await store.getTask(t.id))?.status).toBe('IN_PROGRESS');
        expect(await store.getReferences(t.id)).toHaveLength(1);

        const done = await store.complete(t.id, 'w1', 11_000, files, RESULT);
        expect(done).toMatchObject({ id: t.id, status: 'COMPLETED', result: RESULT, finishedAt: 11_000, updatedAt: 11_000, error: null });
        expect(done?.files).toEqual(files);
        expect(await store.getTask(t.id)).toEqual(done);
        expect(await store.getReferences(t.id)).toEqual([]);
        const [event] = await store.listDeliveries(A, { taskId: t.id, limit: 1 });
        expect(event.status).toBe('COMPLETED');
        expect(event.payload).toBe(renderEvent(done!));
        expect(JSON.parse(event.payload)).toEqual({ id: t.id, status: 'COMPLETED', files: 2 });

        expect(await store.complete(t.id, 'w1', 12_000, [], RESULT)).toBeUndefined();
        expect((await store.getTask(t.id))?.finishedAt).toBe(11_000);
      });

      it('a worker whose lease was taken over cannot complete', async () => {
        const t = await create();
        await store.claim('w1', 10_000, 100, 3);
        await store.claim('w2', 10_200, 100, 3);
        expect(await store.complete(t.id, 'w1', 10_250, [], RESULT)).toBeUndefined();
        expect((await store.complete(t.id, 'w2', 10_250, [], RESULT))?.status).toBe('COMPLETED');
      });

      it('fails a CREATED task without an owner, dropping references and writing the event', async () => {
        const t = await create({ webhookUrl: HOOK, references: [{ index: 0, kind: 'inline', bytes: Buffer.from('x'), mimeType: 'image/png' }] });
        const failed = await store.fail(t.id, 12_000, { code: 'cancelled', message: 'stop' }, { result: { engine: 'local' } });
        expect(failed).toMatchObject({ status: 'FAILED', error: { code: 'cancelled', message: 'stop' }, finishedAt: 12_000, result: { engine: 'local' } });
        expect(await store.getReferences(t.id)).toEqual([]);
        const events = await store.listDeliveries(A, { taskId: t.id, limit: 10 });
        expect(events.map((e) => e.status)).toEqual(['FAILED']);
        expect(events[0].payload).toBe(renderEvent(failed!));
      });

      it('fails forward only, and with an owner only while that owner holds it', async () => {
        const t = await createdAndClaimed();
        expect(await store.fail(t.id, 11_000, { code: 'no_image', message: 'x' }, { owner: 'w2' })).toBeUndefined();
        expect((await store.getTask(t.id))?.status).toBe('IN_PROGRESS');
        expect((await store.fail(t.id, 11_000, { code: 'no_image', message: 'x' }, { owner: 'w1' }))?.status).toBe('FAILED');
        expect(await store.fail(t.id, 12_000, { code: 'cancelled', message: 'again' })).toBeUndefined();
        expect((await store.getTask(t.id))?.error?.code).toBe('no_image');

        const done = await createdAndClaimed();
        await store.complete(done.id, 'w1', 11_000, [], RESULT);
        expect(await store.fail(done.id, 12_000, { code: 'cancelled', message: 'late' })).toBeUndefined();
        expect((await store.getTask(done.id))?.status).toBe('COMPLETED');
      });

    });

    describe('files', () => {
      it('finds files until they are marked deleted; lists expired ones', async () => {
        const t = await createdAndClaimed();
        const [f0, f1] = [fileFor(t, 0, 20_000), fileFor(t, 1, 30_000)];
        await store.complete(t.id, 'w1', 11_000, [f0, f1], RESULT);
        expect(await store.getFile(f0.id)).toEqual(f0);
        expect(await store.getFile('file_missing')).toBeUndefined();
        expect(await store.expiredFiles(19_999, 10)).toEqual([]);
        expect((await store.expiredFiles(20_000, 10)).map((f) => f.id)).toEqual([f0.id]);
        expect((await store.expiredFiles(40_000, 1)).length).toBe(1);
        await store.markFilesDeleted([f0.id], 40_000);
        expect(await store.getFile(f0.id)).toBeUndefined();
        expect((await store.expiredFiles(40_000, 10)).map((f) => f.id)).toEqual([f1.id]);
        await store.markFilesDeleted([], 40_000);
      });

      it('lists expired files soonest expired first, ties by id, up to the limit', async () => {
        const t = await createdAndClaimed();
        const files = [fileFor(t, 0, 30_000), fileFor(t, 1, 20_000), fileFor(t, 2, 30_000), fileFor(t, 3, 25_000)];
        files[2] = { ...files[2], id: `file_a_${t.id}` };
        await store.complete(t.id, 'w1', 11_000, files, RESULT);
        expect((await store.expiredFiles(40_000, 10)).map((f) => f.id)).toEqual([files[1].id, files[3].id, files[2].id, files[0].id]);
        expect((await store.expiredFiles(40_000, 2)).map((f) => f.id)).toEqual([files[1].id, files[3].id]);
        await store.markFilesDeleted([files[1].id, files[2].id], 40_000);
        expect((await store.expiredFiles(40_000, 10)).map((f) => f.id)).toEqual([files[3].id, files[0].id]);
      });
    });

    describe('webhook outbox', () => {
      async function oneEvent(over: Partial<NewTask> = {}) {
        const t = await createdAndClaimed({ webhookUrl: HOOK, ...over });
        const [event] = await store.listDeliveries(t.keyId, { taskId: t.id, limit: 1 });
        return { task: t, event };
      }

      it('leases claimed events so a second claimer does not get them until the lease passes', async () => {
        const { event } = await oneEvent();
        expect(await store.claimDueEvents(9_999, 10, 1_000)).toEqual([]);
        const first = await store.claimDueEvents(10_000, 10, 1_000);
        expect(first.map((e) => e.id)).toEqual([event.id]);
        expect(await store.claimDueEvents(10_500, 10, 1_000)).toEqual([]);
        expect(await store.nextDueAt()).toBe(11_000);
        expect((await store.claimDueEvents(11_000, 10, 1_000)).map((e) => e.id)).toEqual([event.id]);
      });

      it('concurrent claimers split due events without overlap and respect the limit', async () => {
        for (let i = 0; i < 5; i++) await oneEvent();
        // Open connections first (pooled stores), so the claims below really overlap.
        await Promise.all([store.nextDueAt(), store.nextDueAt(), store.nextDueAt()]);
        const claims = await Promise.all([0, 1, 2].map(() => store.claimDueEvents(20_000, 2, 1_000)));
        expect(claims.every((c) => c.length <= 2)).toBe(true);
        const ids = claims.flat().map((e) => e.id);
        expect(ids).toHaveLength(5);
        expect(new Set(ids).size).toBe(5);
      });

      it('records a delivery with its attempts log', async () => {
        const { event } = await oneEvent();
        await store.claimDueEvents(10_000, 10, 1_000);
        await store.recordAttempt({ eventId: event.id, attempt: 1, attemptedAt: 10_100, statusCode: 204, error: null, durationMs: 40 }, { kind: 'delivered' });
        const [after] = await store.listDeliveries(A, { limit: 10 });
        expect(after).toMatchObject({ id: event.id, state: 'delivered', attempts: 1, nextAttemptAt: null, deliveredAt: 10_140 });
        expect(after.attemptsLog).toEqual([{ eventId: event.id, attempt: 1, attemptedAt: 10_100, statusCode: 204, error: null, durationMs: 40 }]);
        expect(await store.nextDueAt()).toBeNull();
        expect(await store.claimDueEvents(99_000, 10, 1_000)).toEqual([]);
      });

      it('a retry releases the lease and is due at its new time', async () => {
        const { event } = await oneEvent();
        await store.claimDueEvents(10_000, 10, 60_000);
        await store.recordAttempt({ eventId: event.id, attempt: 1, attemptedAt: 10_100, statusCode: null, error: 'ECONNREFUSED', durationMs: 3 }, { kind: 'retry', at: 15_000 });
        expect(await store.nextDueAt()).toBe(15_000);
        expect(await store.claimDueEvents(14_999, 10, 1_000)).toEqual([]);
        const [again] = await store.claimDueEvents(15_000, 10, 1_000);
        expect(again).toMatchObject({ id: event.id, state: 'pending', attempts: 1, nextAttemptAt: 15_000 });
        const [logged] = await store.listDeliveries(A, { limit: 1 });
        expect(logged.attemptsLog).toMatchObject([{ attempt: 1, statusCode: null, error: 'ECONNREFUSED' }]);
      });

      it('exhausted events are never due again', async () => {
        const { event } = await oneEvent();
        await store.recordAttempt({ eventId: event.id, attempt: 7, attemptedAt: 10_100, statusCode: 500, error: null, durationMs: 3 }, { kind: 'exhausted' });
        const [after] = await store.listDeliveries(A, { limit: 1 });
        expect(after).toMatchObject({ state: 'exhausted', attempts: 7, nextAttemptAt: null });
        expect(await store.nextDueAt()).toBeNull();
      });

      it('410 Gone exhausts the other pending events of that task and URL, not others', async () => {
        const { task, event } = await oneEvent();
        const other = await oneEvent({ createdAt: 99_999 });
        await store.complete(task.id, 'w1', 11_000, [], RESULT);
        await store.recordAttempt({ eventId: event.id, attempt: 1, attemptedAt: 11_100, statusCode: 410, error: null, durationMs: 3 }, { kind: 'gone' });
        const states = (await store.listDeliveries(A, { taskId: task.id, limit: 10 })).map((e) => [e.status, e.state]);
        expect(states).toEqual([
          ['COMPLETED', 'exhausted'],
          ['IN_PROGRESS', 'exhausted'],
        ]);
        expect((await store.listDeliveries(A, { taskId: other.task.id, limit: 10 }))[0].state).toBe('pending');
      });

      it('lists only the key’s deliveries, newest first, filtered by task and limited', async () => {
        const mine = await createdAndClaimed({ webhookUrl: HOOK });
        await createdAndClaimed({ webhookUrl: HOOK, keyId: B });
        await store.complete(mine.id, 'w1', 12_000, [], RESULT);
        const second = await createdAndClaimed({ webhookUrl: HOOK }, 'w1', 13_000);
        const all = await store.listDeliveries(A, { limit: 10 });
        expect(all.map((e) => [e.taskId, e.status])).toEqual([
          [second.id, 'IN_PROGRESS'],
          [mine.id, 'COMPLETED'],
          [mine.id, 'IN_PROGRESS'],
        ]);
        expect(all.every((e) => e.keyId === A && Array.isArray(e.attemptsLog))).toBe(true);
        expect((await store.listDeliveries(A, { taskId: mine.id, limit: 10 })).map((e) => e.status)).toEqual(['COMPLETED', 'IN_PROGRESS']);
        expect(await store.listDeliveries(A, { limit: 1 })).toHaveLength(1);
        expect(await store.listDeliveries(B, { taskId: mine.id, limit: 10 })).toEqual([]);
      });

      it('redelivers only for the owning key, pending and due now', async () => {
        const { event } = await oneEvent();
        await store.recordAttempt({ eventId: event.id, attempt: 1, attemptedAt: 10_100, statusCode: 200, error: null, durationMs: 3 }, { kind: 'delivered' });
        expect(await store.redeliver(event.id, B, 20_000)).toBeUndefined();
        expect(await store.redeliver('msg_missing', A, 20_000)).toBeUndefined();
        expect((await store.listDeliveries(A, { limit: 1 }))[0].state).toBe('delivered');
        const again = await store.redeliver(event.id, A, 20_000);
        expect(again).toMatchObject({ id: event.id, state: 'pending', nextAttemptAt: 20_000, deliveredAt: null });
        expect(await store.nextDueAt()).toBe(20_000);
        expect((await store.claimDueEvents(20_000, 10, 1_000)).map((e) => e.id)).toEqual([event.id]);
      });
    });

    describe('listeners', () => {
      it('onTaskCreated fires after a committed creation, not for an idempotent replay', async () => {
        let n = 0;
        let seen: TaskRecord | undefined;
        const input = newTask({ idempotencyKey: 'i' });
        const fired = new Promise<void>((resolve) =>
          store.onTaskCreated(() => {
            n++;
            void store.getTask(input.id).then((t) => {
              seen = t;
              resolve();
            });
          }),
        );
        await store.createTask(input);
        await fired;
        expect(seen?.id).toBe(input.id);
        await store.createTask({ ...input, id: 'task_replay' });
        await new Promise((r) => setTimeout(r, 50));
        expect(n).toBe(1);
      });

      it('onTaskChanged sees each committed status change until unsubscribed', async () => {
        const seen: [string, string][] = [];
        const committed: (string | undefined)[] = [];
        const unsubscribe = store.onTaskChanged((t) => {
          seen.push([t.id, t.status]);
          void store.getTask(t.id).then((now) => committed.push(now?.status));
        });
        const t = await createdAndClaimed();
        await store.complete(t.id, 'w1', 11_000, [], RESULT);
        await new Promise((r) => setTimeout(r, 20));
        expect(seen).toEqual([
          [t.id, 'IN_PROGRESS'],
          [t.id, 'COMPLETED'],
        ]);
        expect(committed).toContain('COMPLETED');
        expect(committed.every((s) => s === 'IN_PROGRESS' || s === 'COMPLETED')).toBe(true);
        unsubscribe();
        const u = await createdAndClaimed({}, 'w1', 12_000);
        await store.fail(u.id, 13_000, { code: 'cancelled', message: 'x' });
        await new Promise((r) => setTimeout(r, 20));
        expect(seen).toHaveLength(2);
      });

      it('onEvents fires when a change wrote webhook events, and on redelivery', async () => {
        let n = 0;
        store.onEvents(() => n++);
        await createdAndClaimed();
        await new Promise((r) => setTimeout(r, 20));
        expect(n).toBe(0);
        const { id } = await createdAndClaimed({ webhookUrl: HOOK }, 'w1', 11_000);
        await new Promise((r) => setTimeout(r, 20));
        expect(n).toBe(1);
        const [event] = await store.listDeliveries(A, { taskId: id, limit: 1 });
        await store.redeliver(event.id, A, 12_000);
        await new Promise((r) => setTimeout(r, 20));
        expect(n).toBe(2);
      });
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
