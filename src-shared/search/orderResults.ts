/**
 * Puts matches in list order without comparator sorts over big arrays: a date order is a walk
 * along the precomputed order (or a numeric sort of ranks when matches are few); relevance is a
 * numeric sort of float keys packing (score, recency rank), which the engine sorts natively.
 */
import type { MatchResult } from './matcher';

type Order = { order: Uint32Array; rank: Uint32Array };
type Ordered = { ords: Uint32Array; total: number };

/** Recency ranks must fit below this for the packed relevance key (2^22 ≈ 4M versions). */
const RANK_BITS = 2 ** 22;
/** Scores are kept to 1/64 (finer differences are noise); steps stay below 2^20. */
const SCORE_SCALE = 64;
const MAX_SCORE_STEP = 2 ** 20 - 1;

function all(
  order: Order['order'],
  direction: 'asc' | 'desc',
  accept: (ord: number) => boolean,
  limit: number,
): Ordered {
  const out = new Uint32Array(order.length);
  let total = 0;
  const n = order.length;
  for (let i = 0; i < n; i++) {
    const ord = order[direction === 'desc' ? n - 1 - i : i] ?? 0;
    if (accept(ord)) out[total++] = ord;
  }
  return { ords: out.slice(0, Math.min(total, limit)), total };
}

function byScore(match: MatchResult, order: Order, limit: number): Ordered {
  const { count } = match;
  const out = new Uint32Array(Math.min(count, limit));
  if (count * 8 > order.order.length) byScoreBuckets(match, order, out);
  else if (order.order.length < RANK_BITS) byScoreKeys(match, order, out);
  else byScoreCompare(match, order, out);
  return { ords: out, total: count };
}

/**
 * Many matches: a counting sort on the score step, fed in recency order by one walk along the
 * date order. Linear; the steps of a query's scores span a few thousand values at most.
 */
function byScoreBuckets(match: MatchResult, { order }: Order, out: Uint32Array): void {
  const { ords, count, scores } = match;
  const stepOf = new Int32Array(order.length);
  let min = Number.MAX_SAFE_INTEGER;
  let max = 0;
  for (let i = 0; i < count; i++) {
    const ord = ords[i] ?? 0;
    const step = Math.min(MAX_SCORE_STEP, Math.round((scores[ord] ?? 0) * SCORE_SCALE));
    stepOf[ord] = step + 1;
    if (step < min) min = step;
    if (step > max) max = step;
  }
  const next = new Uint32Array(max - min + 1);
  for (let i = 0; i < count; i++) {
    const slot = (stepOf[ords[i] ?? 0] ?? 1) - 1 - min;
    next[slot] = (next[slot] ?? 0) + 1;
  }
  // Highest step first: each bucket starts after all higher ones.
  let at = 0;
  for (let slot = next.length - 1; slot >= 0; slot--) {
    const size = next[slot] ?? 0;
    next[slot] = at;
    at += size;
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const ord = order[i] ?? 0;
    const s = stepOf[ord] ?? 0;
    if (s === 0) continue;
    const slot = s - 1 - min;
    const pos = next[slot] ?? 0;
    if (pos < out.length) out[pos] = ord;
    next[slot] = pos + 1;
  }
}

/** Few matches: one native sort of float keys packing (score step, recency rank). */
function byScoreKeys(match: MatchResult, { order, rank }: Order, out: Uint32Array): void {
  const { ords, count, scores } = match;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const ord = ords[i] ?? 0;
    const step = Math.min(MAX_SCORE_STEP, Math.round((scores[ord] ?? 0) * SCORE_SCALE));
    keys[i] = step * RANK_BITS + (rank[ord] ?? 0);
  }
  keys.sort();
  for (let i = 0; i < out.length; i++) {
    out[i] = order[(keys[count - 1 - i] ?? 0) % RANK_BITS] ?? 0;
  }
}

/** Beyond 4M ordinals the packed key would lose bits: compare instead. */
function byScoreCompare(match: MatchResult, { rank }: Order, out: Uint32Array): void {
  const { ords, count, scores } = match;
  const sorted = Array.from(ords.subarray(0, count));
  sorted.sort((x, y) => (scores[y] ?? 0) - (scores[x] ?? 0) || (rank[y] ?? 0) - (rank[x] ?? 0));
  out.set(sorted.slice(0, out.length));
}

function byOrder(
  match: MatchResult,
  { order, rank }: Order,
  docCount: number,
  direction: 'asc' | 'desc',
  limit: number,
): Ordered {
  const { ords, count } = match;
  const out = new Uint32Array(Math.min(count, limit));
  if (count * 8 > docCount) {
    // Many matches: walking the whole order once beats sorting them.
    const selected = new Uint8Array(docCount);
    for (let i = 0; i < count; i++) selected[ords[i] ?? 0] = 1;
    let k = 0;
    const n = order.length;
    for (let i = 0; i < n && k < out.length; i++) {
      const ord = order[direction === 'desc' ? n - 1 - i : i] ?? 0;
      if (selected[ord]) out[k++] = ord;
    }
    return { ords: out, total: count };
  }
  const ranks = new Uint32Array(count);
  for (let i = 0; i < count; i++) ranks[i] = rank[ords[i] ?? 0] ?? 0;
  ranks.sort();
  for (let i = 0; i < out.length; i++) {
    out[i] = order[ranks[direction === 'desc' ? count - 1 - i : i] ?? 0] ?? 0;
  }
  return { ords: out, total: count };
}

export const orderResults = { all, byScore, byOrder };
