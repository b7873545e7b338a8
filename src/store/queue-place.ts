import type { Row } from './rows.js';
import type { Params } from './sql/dialect.js';
import type { StatementName } from './sql/statements.js';

/** One read the plan needs next: a shared statement and its parameters; the driver answers with its rows. */
export type PlaceRead = [StatementName, Params];
export type PlacePlan = Generator<PlaceRead, Map<string, number>, Row[]>;

/** The first count around a task stops here: most places asked for are of tasks just created. */
const NEAR = 64;
/** Work units: a statement costs about as much as scanning this many index entries (SQLite, measured). */
const STATEMENT_COST = 200;
/** Ranking the whole queue costs about this many index entries' scan per queued task (SQLite, measured). */
const RANK_COST_PER_TASK = 8;

/** A task as its store knows it for certain (the embedded store's committed records). */
export interface QueuedTask {
  keyId: string;
  createdAt: number;
  status: string;
}

interface KeyCounts {
  queued: number;
  running: number;
}

/**
 * How many tasks come before each CREATED task in the claim order (statements.ts, `pickNextTask`,
 * running caps aside): a task ranks by its key's running count plus its place among the key's
 * queued tasks, then (created_at, id). Ranking the whole queue for every answer cost O(queue) per
 * create (docs/benchmarks.md, "HTTP"); this derives the count arithmetically instead, from each
 * key's counts (one row per key, `task_counts`) and the number of each key's queued tasks created
 * before the task, counted on the shorter side of it. With P = the task's own rank, a key with
 * `queued` tasks and `running` running puts min(queued, max(0, P - running - 1)) tasks ahead, plus
 * the one it ranks level with (place P - running) when that one was created first.
 *
 * A generator of the reads it needs, so one plan serves both stores: SQLite answers them
 * synchronously in one turn, Postgres in one snapshot (the counts and the scans must agree).
 */
export function* queuePlaces(ids: readonly string[], known: (id: string) => QueuedTask | undefined = () => undefined): PlacePlan {
  const out = new Map<string, number>();
  if (!ids.length) return out;
  const targets: Row[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const t = known(id);
    if (t) targets.push({ id, key_id: t.keyId, created_at: t.createdAt, status: t.status });
    else unknown.push(id);
  }
  if (unknown.length) targets.push(...(yield ['queueTargets', { ids: unknown }]));
  const queued = targets.filter((t) => t.status === 'CREATED');
  if (!queued.length) return out;
  const counts = new Map<string, KeyCounts>();
  let total = 0;
  for (const r of yield ['queueCounts', {}]) {
    counts.set(r.key_id as string, { queued: Number(r.queued), running: Number(r.running) });
    total += Number(r.queued);
  }
  const listed = yield* listedAfter(queued);
  // Many tasks deep in a long queue (event streams of old tasks): past the cost of one ranking of
  // the whole queue, the rest are read from that ranking instead (the same order, `queuePositions`).
  let budget = RANK_COST_PER_TASK * total + 10 * STATEMENT_COST;
  const rest: string[] = [];
  for (const t of queued) {
    const after = listed?.get(t.id as string);
    if (after) {
      out.set(t.id as string, ahead(t.key_id as string, beforeFromAfter(t, counts, after), counts));
      continue;
    }
    if (budget <= 0) {
      rest.push(t.id as string);
      continue;
    }
    const { before, cost } = yield* queuedBefore(t, counts, total);
    budget -= cost;
    out.set(t.id as string, ahead(t.key_id as string, before, counts));
  }
  if (rest.length) for (const r of yield ['queuePositions', { ids: rest }]) out.set(r.id as string, Number(r.ahead));
  return out;
}

/**
 * The commonest case, places of tasks just created: the queued tasks from the oldest of them on,
 * in the claim order's (created_at, id), are few, and one list of them gives each asked task its
 * count after it per key (positions in the list, so ids are only compared by the database).
 * Undefined when the list would be long.
 */
function* listedAfter(queued: Row[]): Generator<PlaceRead, Map<string, Map<string, number>> | undefined, Row[]> {
  const limit = NEAR + queued.length;
  const rows = yield ['queuedFrom', { created_at: Math.min(...queued.map((t) => Number(t.created_at))), limit }];
  if (rows.length >= limit) return undefined;
  const asked = new Set(queued.map((t) => t.id as string));
  const after = new Map<string, Map<string, number>>();
  const seen = new Map<string, number>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const { id, key_id: key } = rows[i] as { id: string; key_id: string };
    if (asked.has(id)) after.set(id, new Map(seen));
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return after;
}

/** Per key, its queued tasks before `t`, from those after it: the rest of the key's count. */
function beforeFromAfter(t: Row, counts: Map<string, KeyCounts>, after: Map<string, number>): Map<string, number> {
  const before = new Map<string, number>();
  for (const [key, c] of counts) before.set(key, c.queued - (after.get(key) ?? 0) - (key === t.key_id ? 1 : 0));
  return before;
}

type Counted = Generator<PlaceRead, { before: Map<string, number>; cost: number }, Row[]>;

/**
 * Per key, its queued tasks created before `t` (created_at, id), counted on the shorter side of
 * `t`: first just after it (a task just created), then before it up to half the queue, else after.
 */
function* queuedBefore(t: Row, counts: Map<string, KeyCounts>, total: number): Counted {
  const at = { created_at: t.created_at, id: t.id };
  let cost = 0;
  const count = function* (side: 'queuedBefore' | 'queuedAfter', limit: number): Generator<PlaceRead, Map<string, number>, Row[]> {
    const found = byKey(yield [side, { ...at, limit }]);
    cost += STATEMENT_COST + sum(found);
    return found;
  };
  const fromAfter = (after: Map<string, number>) => ({ before: beforeFromAfter(t, counts, after), cost });
  const near = yield* count('queuedAfter', NEAR);
  if (sum(near) < NEAR) return fromAfter(near);
  const half = Math.ceil(total / 2);
  const before = yield* count('queuedBefore', half);
  if (sum(before) < half) return { before, cost };
  return fromAfter(yield* count('queuedAfter', total + 1));
}

function ahead(key: string, before: Map<string, number>, counts: Map<string, KeyCounts>): number {
  const own = before.get(key) ?? 0;
  const rank = own + 1 + (counts.get(key)?.running ?? 0);
  let n = own;
  for (const [other, c] of counts) {
    if (other === key) continue;
    const level = rank - c.running;
    n += Math.min(c.queued, Math.max(0, level - 1));
    if (level >= 1 && level <= c.queued && (before.get(other) ?? 0) >= level) n++;
  }
  return n;
}

function byKey(rows: Row[]): Map<string, number> {
  return new Map(rows.map((r) => [r.key_id as string, Number(r.n)]));
}

function sum(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

/** Runs a plan whose reads answer at once (SQLite). */
export function runPlanSync(plan: PlacePlan, read: (name: StatementName, params: Params) => Row[]): Map<string, number> {
  let step = plan.next();
  while (!step.done) step = plan.next(read(...step.value));
  return step.value;
}

/** Runs a plan whose reads are awaited (Postgres, inside one snapshot). */
export async function runPlan(plan: PlacePlan, read: (name: StatementName, params: Params) => Promise<Row[]>): Promise<Map<string, number>> {
  let step = plan.next();
  while (!step.done) step = plan.next(await read(...step.value));
  return step.value;
}
