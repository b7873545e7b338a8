import { describe, expect, it } from 'vitest';
import { LoanBook, PicturePool } from '../../../src/engines/gemini-threads/picture-pool.js';

describe('PicturePool', () => {
  it('lends a view of exactly the size asked, reuses a freed arena, and refuses past its limit', () => {
    const pool = new PicturePool(3 * 2 ** 20);
    const a = pool.take(1_500_000)!;
    expect(a.length).toBe(1_500_000);
    expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(pool.bytes).toBe(2 * 2 ** 20);
    const b = pool.take(500_000)!;
    expect(pool.bytes).toBe(3 * 2 ** 20);
    expect(pool.take(10)).toBeUndefined();
    const loan = pool.loanOf(a)!;
    expect(loan.sab).toBe(a.buffer);
    pool.free(loan.arena, loan.generation);
    const c = pool.take(1_000_000)!;
    expect(c.buffer).toBe(a.buffer);
    // The arena was announced once: the next loan of it carries no SharedArrayBuffer.
    expect(pool.loanOf(c)!.sab).toBeUndefined();
    expect(pool.loanOf(b)!.sab).toBe(b.buffer);
    expect(pool.loanOf(Buffer.alloc(4))).toBeUndefined();
  });

  it('ignores a stale give-back, which would otherwise free a later loan of the same arena', () => {
    const pool = new PicturePool(2 ** 20);
    const first = pool.loanOf(pool.take(100)!)!;
    pool.free(first.arena, first.generation);
    const second = pool.take(100)!;
    pool.free(first.arena, first.generation);
    expect(pool.lentCount).toBe(1);
    expect(pool.take(100)).toBeUndefined();
    pool.giveBack(second);
    expect(pool.lentCount).toBe(0);
  });
});

describe('LoanBook', () => {
  it('opens a loan over the arena it was sent and gives it back once', () => {
    const sent: [number, number][] = [];
    const book = new LoanBook((arena, generation) => sent.push([arena, generation]));
    const sab = new SharedArrayBuffer(16);
    new Uint8Array(sab).set([1, 2, 3, 4]);
    const first = book.open({ arena: 7, generation: 1, length: 3, sab });
    expect([...first.bytes]).toEqual([1, 2, 3]);
    first.release();
    first.release();
    expect(sent).toEqual([[7, 1]]);
    const again = book.open({ arena: 7, generation: 2, length: 4 });
    expect(again.bytes.buffer).toBe(sab);
    expect(() => book.open({ arena: 9, generation: 1, length: 1 })).toThrow(/never sent/);
  });
});
