import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { fetchTransport } from '../../fakes/fetch-transport.js';
import { BudgetHold, budgetedTransport, ByteBudget } from '../../../src/engines/gemini-threads/body-budget.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('ByteBudget', () => {
  it('lets answers in while they fit, the rest in arrival order as bytes are released', async () => {
    const budget = new ByteBudget(10);
    const a = await budget.acquire(6);
    const order: string[] = [];
    const b = budget.acquire(6).then((r) => (order.push('b'), r));
    const c = budget.acquire(2).then((r) => (order.push('c'), r));
    await tick();
    // c would fit, but waits behind b: no answer is starved by smaller ones.
    expect(order).toEqual([]);
    a();
    const releaseB = await b;
    const releaseC = await c;
    expect(order).toEqual(['b', 'c']);
    expect(budget.inUse).toBe(8);
    releaseB();
    releaseC();
    releaseC();
    expect(budget.inUse).toBe(0);
  });

  it('lets one answer larger than the budget through alone', async () => {
    const budget = new ByteBudget(10);
    const release = await budget.acquire(50);
    expect(budget.inUse).toBe(10);
    release();
  });

  it('drops a waiter whose signal aborts, and serves the next', async () => {
    const budget = new ByteBudget(10);
    const first = await budget.acquire(10);
    const controller = new AbortController();
    const aborted = budget.acquire(5, controller.signal).catch((e: Error) => e.name);
    const next = budget.acquire(5);
    controller.abort(new DOMException('gone', 'AbortError'));
    expect(await aborted).toBe('AbortError');
    first();
    (await next)();
    expect(budget.inUse).toBe(0);
  });
});

describe('budgetedTransport', () => {
  const answer = (bytes: number) => async () => new Response('x'.repeat(bytes), { headers: { 'content-length': String(bytes) } });

  it('holds budget for a successful answer until the call releases it, and not for errors', async () => {
    const budget = new ByteBudget(100);
    const scope = new AsyncLocalStorage<BudgetHold>();
    const hold = new BudgetHold();
    await scope.run(hold, () => budgetedTransport(fetchTransport(answer(60)), budget, scope)('http://x'));
    expect(budget.inUse).toBe(60);
    // The second answer of the same call (a retry) first releases the previous one.
    await scope.run(hold, () => budgetedTransport(fetchTransport(answer(70)), budget, scope)('http://x'));
    expect(budget.inUse).toBe(70);
    hold.release();
    expect(budget.inUse).toBe(0);
    const failing = async () => new Response('no', { status: 503 });
    await scope.run(hold, () => budgetedTransport(fetchTransport(failing), budget, scope)('http://x'));
    expect(budget.inUse).toBe(0);
  });

  it('makes a second call wait until the first releases, so its body stays unread', async () => {
    const budget = new ByteBudget(100);
    const scope = new AsyncLocalStorage<BudgetHold>();
    const f = budgetedTransport(fetchTransport(answer(80)), budget, scope);
    const first = new BudgetHold();
    await scope.run(first, () => f('http://x'));
    let second = false;
    const pending = scope.run(new BudgetHold(), () => f('http://x')).then(() => (second = true));
    await tick();
    expect(second).toBe(false);
    first.release();
    await pending;
    expect(second).toBe(true);
  });
});
