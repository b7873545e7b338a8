// The message protocol between the gemini engine's threads and the main thread (both sides import
// it). Structured clone keeps neither an error's class and code nor Buffer's prototype, so both
// are carried explicitly; image bytes move (their ArrayBuffer is transferred), never copied.
import { createHash } from 'node:crypto';
import type { GeminiEngineOptions } from '../gemini/index.js';
import { EngineError, type EngineErrorCode, type GenerateRequest, type GenerateResult } from '../engine.js';

/** What a thread is started with (workerData). */
export interface ThreadData {
  /** The real engine's options, but for what cannot cross threads (logger, random, onRetry). */
  engine: Omit<GeminiEngineOptions, 'logger' | 'random' | 'onRetry'>;
  bodyBudgetBytes: number;
}

/** Main thread → a gemini thread. */
export type ToThread =
  | { type: 'generate'; id: number; request: GenerateRequest; deadline?: number }
  /** The task was cancelled or its deadline passed: abort the call. */
  | { type: 'abort'; id: number; timeout: boolean };

/** A gemini thread → the main thread. */
export type FromThread =
  | { type: 'done'; id: number; ok: true; result: GenerateResult }
  | { type: 'done'; id: number; ok: false; error: WireError }
  | { type: 'log'; level: 'warn' | 'info' | 'debug'; obj: object; msg?: string }
  /** A call to Google is being retried (the main thread counts it). */
  | { type: 'retry' };

export interface WireError {
  message: string;
  stack?: string;
  /** Set for an EngineError: the task fails with this code and the message as it is. */
  code?: EngineErrorCode;
}

export function errorToWire(err: unknown): WireError {
  if (err instanceof EngineError) return { message: err.message, stack: err.stack, code: err.code };
  if (err instanceof Error) return { message: err.message, stack: err.stack };
  return { message: String(err) };
}

/** An EngineError stays one; anything else was a bug in the thread and stays a plain Error. */
export function errorFromWire(wire: WireError): Error {
  const error = wire.code ? new EngineError(wire.code, wire.message) : new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}

/** Buffers arrive as plain Uint8Arrays: give them back Buffer's methods, without a copy. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function requestFromWire(request: GenerateRequest): GenerateRequest {
  return { ...request, references: request.references.map((r) => (r.bytes ? { ...r, bytes: asBuffer(r.bytes) } : r)) };
}

/**
 * The result with each image's bytes in an ArrayBuffer of their own, listed for transfer, and their
 * SHA-256 (the file's ETag) computed here rather than on the main thread. A Buffer that is a view
 * into a larger one (Node's pool for small buffers) is copied first, so the transfer never detaches
 * memory that other buffers share.
 */
export function resultForTransfer(result: GenerateResult): { result: GenerateResult; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const images = result.images.map((image) => {
    const b = image.bytes;
    const whole = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
    const own = whole ? b : asBuffer(new Uint8Array(b));
    transfer.push(own.buffer as ArrayBuffer);
    return { ...image, bytes: own, sha256: createHash('sha256').update(own).digest('base64url') };
  });
  return { result: { ...result, images }, transfer };
}

export function resultFromWire(result: GenerateResult): GenerateResult {
  return { ...result, images: result.images.map((image) => ({ ...image, bytes: asBuffer(image.bytes) })) };
}
