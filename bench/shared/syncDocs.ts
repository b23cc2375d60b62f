/**
 * The documents every upload benchmark sends: demo case `i` as the app's outbox sends a create
 * (the record minus id, rev and seq), so Jianhu, PouchDB and the bare INSERT carry the same bytes.
 */
import type { PushChange } from '../../src-shared/sync/push';
import { uuidv7 } from '../../src-shared/domain/ids';
import { withoutServerKeys } from '../../src-shared/sync/contentCheck';
import { UNIT_CODE, demoCards, demoId } from './demoData';

const AT = '2026-11-01T08:00:00.000Z';

export type CaseDoc = { id: string; body: Record<string, unknown> };

export function caseDocs(offset: number, count: number): CaseDoc[] {
  return demoCards(offset, count, ['0190f000-0000-7000-8000-00000000user']).map((card, k) => {
    const i = offset + k;
    return {
      id: demoId(i),
      body: {
        ...card,
        provisionalNo: `${UNIT_CODE}-2026-${String(i + 1).padStart(5, '0')}`,
        unitCode: UNIT_CODE,
        createdAt: AT,
        updatedAt: AT,
        createdBy: '0190f000-0000-7000-8000-00000000user',
        updatedBy: '0190f000-0000-7000-8000-00000000user',
        deleted: 0,
      },
    };
  });
}

/** Create changes for `docs`, numbered from `firstSeq`, with fresh change ids and case ids. */
export function createChanges(
  docs: readonly CaseDoc[],
  firstSeq: number,
  random: (n: number) => Uint8Array,
): PushChange[] {
  const start = Date.parse(AT);
  return docs.map((doc, k) => ({
    changeId: uuidv7(start + k, random(16)),
    deviceSeq: firstSeq + k,
    entity: 'case',
    entityId: uuidv7(start + k, random(16)),
    op: 'create',
    baseRev: 0,
    deviceTime: AT,
    // As the app's collect sends it: without the keys the server decides (unit, receipt time, flag).
    patch: withoutServerKeys('case', doc.body),
  }));
}
