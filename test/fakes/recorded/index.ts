import { RECORDED_ANSWERS } from './answers.js';
import { RECORDED_ERRORS } from './errors.js';

/**
 * Replays of real Google answers: each fixture reproduces the STRUCTURE of a publicly recorded
 * Gemini response (fields, nesting, status, detail types, the wording Google uses), with our own
 * images and ids. `seenAt` says where the shape was seen. The fake server serves them by name.
 */
export interface RecordedFixture {
  /** Where the shape was seen: an issue or pull request URL, or a repository and path. */
  seenAt: string[];
  /** HTTP status of the answer. */
  status: number;
  /** The JSON body, built per call (our own picture, the model id that was called). */
  body(call: { model: string }): object | Promise<object>;
}

export const RECORDED = { ...RECORDED_ANSWERS, ...RECORDED_ERRORS } satisfies Record<string, RecordedFixture>;
export type RecordedName = keyof typeof RECORDED;

/** Sequences of answers to consecutive calls, as recorded in retry loops. */
export const RECORDED_SEQUENCES = {
  'internal-then-image': ['internal-500', 'text-and-image'],
  'overloaded-then-image': ['overloaded-503', 'text-and-image'],
  'rate-limit-then-image': ['rate-limit-retry-info', 'text-and-image'],
} satisfies Record<string, RecordedName[]>;
export type RecordedSequenceName = keyof typeof RECORDED_SEQUENCES;
