import sharp from 'sharp';
import type { GenerateRequest } from '../../../src/engines/engine.js';
import { createGeminiEngine, type GeminiEngineOptions } from '../../../src/engines/gemini/index.js';
import type { FakeGemini } from '../../fakes/gemini-server.js';

export const PROMPT = 'A raccoon reading a newspaper on a couch';

export function request(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return { prompt: PROMPT, aspectRatio: '1:1', resolution: '1K', useGoogleSearch: false, references: [], ...overrides };
}

/** A Developer API engine pointed at the fake, with millisecond backoffs so retries are quick. */
export function geminiEngine(fake: FakeGemini, overrides: Partial<GeminiEngineOptions> = {}) {
  return createGeminiEngine({
    vertex: false,
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    model: 'gemini-3.1-flash-image',
    timeoutMs: 5_000,
    concurrency: 4,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...overrides,
  });
}

/**
 * A Vertex AI engine pointed at the fake. Application Default Credentials cannot be faked without
 * a token server, so google-auth-library is given an API key, which it sends as `x-goog-api-key`.
 */
export function vertexEngine(fake: FakeGemini, overrides: Partial<GeminiEngineOptions> = {}) {
  return createGeminiEngine({
    vertex: true,
    project: 'demo-project',
    location: 'global',
    googleAuthOptions: { apiKey: fake.apiKey },
    baseUrl: fake.url,
    model: 'gemini-3.1-flash-image',
    timeoutMs: 5_000,
    concurrency: 4,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...overrides,
  });
}

export function runOptions(signal: AbortSignal = new AbortController().signal, deadline?: number) {
  return { signal, deadline };
}

export function solidPng(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3366cc' } }).png().toBuffer();
}

export function solidJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#cc6633' } }).jpeg().toBuffer();
}

/** The promise's rejection, failing the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

export function recordingLogger() {
  const warnings: { obj: object; msg?: string }[] = [];
  const debugs: { obj: object; msg?: string }[] = [];
  return {
    warnings,
    debugs,
    warn: (obj: object, msg?: string) => void warnings.push({ obj, msg }),
    info: () => {},
    debug: (obj: object, msg?: string) => void debugs.push({ obj, msg }),
  };
}
