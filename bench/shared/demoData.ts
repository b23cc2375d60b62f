/**
 * The benchmarks' data: the seeded demo cases the tests use (src-shared/demo), made in slices so
 * 100k never sit in memory as inputs and documents at once, and the queries drawn from them.
 * Runs in Node and in the bench page alike, so both sides see the same cases.
 */
import { DEMO_SEED, generateDemoCases } from '../../src-shared/demo/generateCases';
import { createRng } from '../../src-shared/demo/random';
import type { CaseCardInput } from '../../src-shared/domain/caseCard';
import type { SearchDoc } from '../../src-shared/search/caseDocument';

export const UNIT_CODE = '340102';
/** The password of the bench's one user (made by its first run, typed by the start-up rounds). */
export const BENCH_PASSWORD = 'Bench#2026-jianhu';
const EPOCH = Date.parse('2026-01-01T00:00:00Z');

export function demoCards(offset: number, count: number, handlerIds: readonly string[]) {
  return generateDemoCases({ seed: DEMO_SEED, count, offset, unitCode: UNIT_CODE, handlerIds });
}

/** A fixed id per case index, so every library indexes the same ids. */
export function demoId(i: number): string {
  return `0190f000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
}

/** The search document of demo case `i`, as the app would make it from the stored record. */
export function toDemoSearchDoc(card: CaseCardInput, i: number): SearchDoc {
  const numbers = [`${UNIT_CODE}-2026-${String(i + 1).padStart(5, '0')}`];
  if (card.officialNo) numbers.push(card.officialNo);
  for (const c of card.courtCases ?? []) numbers.push(c.number);
  return {
    id: demoId(i),
    title: card.title,
    numbers,
    parties: card.parties.map((p) => p.name),
    facts: card.facts ?? '',
    caseType: card.caseType,
    focalPoint: card.focalPoint,
    status: card.status ?? 'received',
    handlerId: card.handlerId,
    deleted: 0,
    updatedAt: new Date(EPOCH + i * 37_000).toISOString(),
    receivedAt: card.receivedAt,
  };
}

export function demoSearchDocs(offset: number, count: number): SearchDoc[] {
  return demoCards(offset, count, ['handler-1', 'handler-2', 'handler-3']).map((card, k) =>
    toDemoSearchDoc(card, offset + k),
  );
}

/** `n` queries of 2–4 consecutive letters, digits or ideographs from random cases' text. */
export function drawQueries(n: number, size: number): string[] {
  const rng = createRng(DEMO_SEED ^ size);
  const queries: string[] = [];
  const plain = /^[\p{Script=Han}\p{L}\p{N}]+$/u;
  while (queries.length < n) {
    const doc = demoSearchDocs(rng.int(0, size - 1), 1)[0];
    if (!doc) continue;
    const text = rng.pick([doc.title, doc.facts, ...doc.parties]);
    const length = rng.int(2, 4);
    if (text.length < length) continue;
    const start = rng.int(0, text.length - length);
    const q = text.slice(start, start + length);
    if (plain.test(q)) queries.push(q);
  }
  return queries;
}
