// The message protocol between the gemini engine's threads and the main thread (both sides import
// it). Structured clone keeps neither an error's class and code nor Buffer's prototype, so both
// are carried explicitly. Image bytes are lent from shared memory (picture-pool.ts) or moved (their
// ArrayBuffer is transferred), never copied.
import type { GeminiEngineOptions } from '../gemini/index.js';
import { EngineError, type EngineErrorCode, type GeneratedImage, type GenerateRequest, type GenerateResult } from '../engine.js';
import type { LoanBook, Loan, PicturePool } from './picture-pool.js';

/** What a thread is started with (workerData). */
export interface ThreadData {
  /** The real engine's options, but for what cannot cross threads (logger, random, onRetry, transport). */
  engine: Omit<GeminiEngineOptions, 'logger' | 'random' | 'onRetry' | 'transport'>;
  bodyBudgetBytes: number;
  /** Bytes of shared memory each thread lends pictures from (0: every picture is transferred). */
  picturePoolBytes: number;
}

/** Main thread → a gemini thread. */
export type ToThread =
  | { type: 'generate'; id: number; request: GenerateRequest; deadline?: number }
  /** The task was cancelled or its deadline passed: abort the call. */
  | { type: 'abort'; id: number; timeout: boolean }
  /** The main thread is done with a picture the thread lent (picture-pool.ts). */
  | { type: 'free'; arena: number; generation: number };

/** A gemini thread → the main thread. */
export type FromThread =
  | { type: 'done'; id: number; ok: true; result: WireResult }
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

/** An image as it crosses: its bytes moved (transferred), or lent from the thread's picture pool. */
export type WireImage = Omit<GeneratedImage, 'bytes'> & ({ bytes: Uint8Array; loan?: undefined } | { bytes?: undefined; loan: Loan });

export type WireResult = Omit<GenerateResult, 'images' | 'release'> & { images: WireImage[] };

/**
 * The result as it crosses to the main thread. Pictures decoded into the pool go as loans (where
 * they are in shared memory); any other bytes get an ArrayBuffer of their own, listed for transfer.
 * A Buffer that is a view into a larger one (Node's pool for small buffers) is copied first, so the
 * transfer never detaches memory that other buffers share.
 */
export function resultForTransfer(result: GenerateResult, pool?: PicturePool): { result: WireResult; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const images = result.images.map((image): WireImage => {
    const loan = pool?.loanOf(image.bytes);
    if (loan) return { ...image, bytes: undefined, loan };
    const b = image.bytes;
    const whole = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
    const own = whole ? b : asBuffer(new Uint8Array(b));
    transfer.push(own.buffer as ArrayBuffer);
    return { ...image, bytes: own };
  });
  const { release: _release, ...rest } = result;
  return { result: { ...rest, images }, transfer };
}

/** The result on the main thread: lent bytes opened from `book`, with the release that gives them back. */
export function resultFromWire(result: WireResult, book: LoanBook): GenerateResult {
  const releases: (() => void)[] = [];
  const images = result.images.map((image): GeneratedImage => {
    if (!image.loan) return { ...image, bytes: asBuffer(image.bytes) };
    const { loan, ...rest } = image;
    const opened = book.open(loan);
    releases.push(opened.release);
    return { ...rest, bytes: opened.bytes };
  });
  return releases.length ? { ...result, images, release: () => releases.forEach((r) => r()) } : { ...result, images };
}
