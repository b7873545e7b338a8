/** The durable webhook outbox as the deliverer sees it (implemented by each TaskStore). */

export type WebhookEventState = 'pending' | 'delivered' | 'exhausted';

export interface WebhookEvent {
  /** Sent as `webhook-id`; the same on every attempt of this event. */
  id: string;
  taskId: string;
  keyId: string;
  url: string;
  /** The task status this event announces: IN_PROGRESS, COMPLETED or FAILED. */
  status: string;
  /** The exact JSON body to send (the task object at the moment of the change, without `data`). */
  payload: string;
  state: WebhookEventState;
  /** Attempts made so far. */
  attempts: number;
  /** Epoch ms of the next attempt; null once delivered or exhausted. */
  nextAttemptAt: number | null;
  createdAt: number;
  deliveredAt: number | null;
}

export interface WebhookAttempt {
  eventId: string;
  /** 1-based. */
  attempt: number;
  attemptedAt: number;
  /** HTTP status received, or null on a network error / timeout / refusal. */
  statusCode: number | null;
  /** Network error or refusal text, or a short reason ("redirect not followed"). */
  error: string | null;
  durationMs: number;
}

export type AttemptOutcome =
  | { kind: 'delivered' }
  | { kind: 'retry'; at: number }
  | { kind: 'exhausted' }
  /** A 410: stop this event and every pending event of the same task to the same URL. */
  | { kind: 'gone' };

export interface WebhookOutbox {
  /**
   * Takes up to `limit` pending events due at `now` and leases them until `now + leaseMs`, so that
   * no other deliverer takes them meanwhile (a crashed deliverer's events come back then).
   */
  claimDueEvents(now: number, limit: number, leaseMs: number): Promise<WebhookEvent[]>;
  /** Records one attempt and its outcome atomically. */
  recordAttempt(attempt: WebhookAttempt, outcome: AttemptOutcome): Promise<void>;
  /** Epoch ms of the earliest pending attempt, to sleep until then. */
  nextDueAt(): Promise<number | null>;
  /** The key's events (optionally of one task) with their attempts, newest first. */
  listDeliveries(keyId: string, opts: { taskId?: string; limit: number }): Promise<(WebhookEvent & { attemptsLog: WebhookAttempt[] })[]>;
  /** Makes an event of this key pending again, due now. Undefined when the key does not own it. */
  redeliver(eventId: string, keyId: string, now: number): Promise<WebhookEvent | undefined>;
}
