import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputSize, type AspectRatio, type Resolution } from '../../src/domain/output-size.js';
import { EngineError, type Engine, type GenerateRequest } from '../../src/engines/engine.js';

// What every Engine promises the worker (src/engines/engine.ts; docs/architecture.md): exact output
// sizes, its signal honoured, and expected failures as EngineErrors with the task's error codes.

/** A failure the harness can arrange, and the `error.code` the engine must report for it. */
export interface ArrangedFailure {
  name: string;
  code: EngineError['code'];
  /** Arranges the failure (scripts a fake, say) and returns the request that meets it. */
  arrange(): GenerateRequest | Promise<GenerateRequest>;
}

export interface EngineHarness {
  engine: Engine;
  /** Arranges for the next generate to take long (at least a few seconds) and returns its request. */
  slow(): GenerateRequest | Promise<GenerateRequest>;
  failures: ArrangedFailure[];
  close(): Promise<void>;
}

export function request(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return { prompt: 'a red fox in the snow', aspectRatio: '1:1', resolution: '512', useGoogleSearch: false, references: [], ...overrides };
}

const timeoutReason = () => new DOMException('task deadline passed', 'TimeoutError');

async function rejection(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (err) {
    return err;
  }
  throw new Error('expected the engine to fail, but it answered');
}

export function engineContract(name: string, start: () => Promise<EngineHarness>): void {
  describe(`${name}: the engine contract`, () => {
    let h: EngineHarness;
    beforeAll(async () => {
      h = await start();
    });
    afterAll(() => h?.close());
    const live = () => ({ signal: new AbortController().signal });

    it('says what it is', () => {
      expect(h.engine.name).toMatch(/^(local|gemini|vertex)$/);
      expect(h.engine.model).toEqual(expect.any(String));
      expect(h.engine.model.length).toBeGreaterThan(0);
      expect(typeof h.engine.acceptsGcsUris).toBe('boolean');
    });

    const sizes: [AspectRatio, Resolution][] = [['1:1', '512'], ['16:9', '512'], ['9:16', '512'], ['21:9', '512'], ['8:1', '512'], ['3:2', '1K']];
    for (const [aspectRatio, resolution] of sizes) {
      it(`answers ${aspectRatio} at ${resolution} with exactly the output-size table's pixels`, async () => {
        const expected = outputSize(aspectRatio, resolution);
        const result = await h.engine.generate(request({ aspectRatio, resolution }), live());
        expect(result.images).toHaveLength(1);
        const [image] = result.images;
        expect({ width: image.width, height: image.height }).toEqual(expected);
        const meta = await sharp(image.bytes).metadata();
        expect({ width: meta.width, height: meta.height }).toEqual(expected);
        expect(`image/${meta.format === 'jpeg' ? 'jpeg' : meta.format}`).toBe(image.mimeType);
      });
    }

    it('refuses at once a signal already aborted: timeout for a deadline, cancelled otherwise', async () => {
      const timedOut = AbortSignal.abort(timeoutReason());
      const late = await rejection(h.engine.generate(request(), { signal: timedOut }));
      expect(late).toBeInstanceOf(EngineError);
      expect(late).toMatchObject({ code: 'timeout' });
      const cancelled = await rejection(h.engine.generate(request(), { signal: AbortSignal.abort(new Error('cancelled')) }));
      expect(cancelled).toBeInstanceOf(EngineError);
      expect(cancelled).toMatchObject({ code: 'cancelled' });
    });

    it('stops a running generate when its signal aborts, with an EngineError, promptly', async () => {
      const controller = new AbortController();
      const work = h.engine.generate(await h.slow(), { signal: controller.signal });
      await new Promise((r) => setTimeout(r, 150));
      const abortedAt = Date.now();
      controller.abort(timeoutReason());
      const err = await rejection(work);
      expect(Date.now() - abortedAt).toBeLessThan(1_000);
      expect(err).toBeInstanceOf(EngineError);
      expect(err).toMatchObject({ code: 'timeout' });
    });

    it('fails with EngineErrors that carry the right code and a message', async () => {
      expect(h.failures.length).toBeGreaterThan(0);
      for (const failure of h.failures) {
        const err = await rejection(h.engine.generate(await failure.arrange(), live()));
        expect(err, failure.name).toBeInstanceOf(EngineError);
        expect((err as EngineError).code, failure.name).toBe(failure.code);
        expect((err as EngineError).message.length, failure.name).toBeGreaterThan(10);
      }
    });
  });
}
