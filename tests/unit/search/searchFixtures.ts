/** Small hand-made cases for the search tests, and demo cases as SearchDocs for the bigger ones. */
import type { SearchDoc } from '../../../src-shared/search/caseDocument';
import { generateDemoCases } from '../../../src-shared/demo/generateCases';

let counter = 0;

/** A case as the index sees it; every field can be overridden. */
export function doc(overrides: Partial<SearchDoc> = {}): SearchDoc {
  counter += 1;
  return {
    id: `case-${String(counter).padStart(4, '0')}`,
    title: '某某纠纷案',
    numbers: [`340102-2026-${String(counter).padStart(5, '0')}`],
    parties: ['某甲'],
    facts: '',
    caseType: 'civilEnforcement',
    focalPoint: 'workers',
    status: 'inReview',
    handlerId: 'handler-1',
    deleted: 0,
    updatedAt: `2026-03-01T09:${String(counter % 60).padStart(2, '0')}:00.000Z`,
    receivedAt: '2026-02-01',
    ...overrides,
  };
}

/** `count` demo cases (the seeded generator the app and benchmarks use) as SearchDocs. */
export function demoDocs(count: number, seed = 7): SearchDoc[] {
  const cards = generateDemoCases({
    seed,
    count,
    unitCode: '340102',
    handlerIds: ['handler-1', 'handler-2', 'handler-3'],
  });
  return cards.map((card, i) => ({
    id: `demo-${String(i).padStart(6, '0')}`,
    title: card.title,
    numbers: [
      `340102-2026-${String(i + 1).padStart(5, '0')}`,
      ...(card.officialNo ? [card.officialNo] : []),
      ...(card.courtCases ?? []).map((c) => c.number),
    ],
    parties: card.parties.map((p) => p.name),
    facts: card.facts ?? '',
    caseType: card.caseType,
    focalPoint: card.focalPoint,
    status: card.status ?? 'received',
    handlerId: card.handlerId,
    deleted: 0,
    updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    receivedAt: card.receivedAt,
  }));
}
