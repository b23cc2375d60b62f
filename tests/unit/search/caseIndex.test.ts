import { describe, expect, it } from 'vitest';
import { CaseIndex } from '../../../src-shared/search/caseIndex';
import { doc } from './searchFixtures';

function indexOf(...docs: ReturnType<typeof doc>[]): CaseIndex {
  const index = new CaseIndex();
  for (const d of docs) index.upsert(d);
  return index;
}

describe('CaseIndex search', () => {
  it('finds a case by a two-character word from its facts', () => {
    const hit = doc({ facts: '申请人在工地从事钢筋工作，被拖欠工资。' });
    const index = indexOf(hit, doc({ facts: '借款到期未还。' }));
    expect(index.query({ text: '钢筋' }).ids).toEqual([hit.id]);
  });

  it('finds a case by a party name', () => {
    const hit = doc({ parties: ['王建国', '合肥某建筑劳务有限公司'] });
    const index = indexOf(hit, doc({ parties: ['王某'] }));
    expect(index.query({ text: '王建国' }).ids).toEqual([hit.id]);
    expect(index.query({ text: '建筑劳务' }).ids).toEqual([hit.id]);
  });

  it('ranks a title hit above a facts hit, and a case-number hit above both', () => {
    const inFacts = doc({ facts: '涉及民初案件的执行', updatedAt: '2026-03-05T00:00:00.000Z' });
    const inTitle = doc({ title: '民初案件执行监督案', updatedAt: '2026-03-01T00:00:00.000Z' });
    const inNumber = doc({
      numbers: ['（2021）皖0102民初30063号'],
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    const index = indexOf(inFacts, inTitle, inNumber);
    expect(index.query({ text: '民初' }).ids).toEqual([inNumber.id, inTitle.id, inFacts.id]);
  });

  it('breaks relevance ties by the most recent update', () => {
    const older = doc({ title: '追索劳动报酬案', updatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = doc({ title: '追索劳动报酬案', updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(indexOf(older, newer).query({ text: '劳动报酬' }).ids).toEqual([newer.id, older.id]);
  });

  it('ranks the words said together above the same words apart', () => {
    const apart = doc({
      facts: '张某多次讨要工资，对方拖欠至今',
      updatedAt: '2026-03-09T00:00:00.000Z',
    });
    const together = doc({ facts: '张某拖欠工资三万元', updatedAt: '2026-01-01T00:00:00.000Z' });
    const result = indexOf(apart, together).query({ text: '张某拖欠工资' });
    expect(result.ids).toEqual([together.id, apart.id]);
    expect(result.terms).toEqual(['张某', '拖欠', '工资']);
  });

  it('finds case numbers by a part, typed in full or half width', () => {
    const hit = doc({ numbers: ['340102-2026-00017', '（2021）皖0102民初30063号'] });
    const other = doc({ numbers: ['340103-2026-00018', '（2022）皖0103民初1号'] });
    const index = indexOf(hit, other);
    expect(index.query({ text: '30063' }).ids).toEqual([hit.id]);
    expect(index.query({ text: '３００６３' }).ids).toEqual([hit.id]);
    expect(index.query({ text: '皖0102' }).ids).toEqual([hit.id]);
    expect(index.query({ text: '2026-00017' }).ids).toEqual([hit.id]);
    expect(index.query({ text: '0063' }).ids).toEqual([hit.id]);
    expect(index.query({ text: '0103' }).ids).toEqual([other.id]);
  });

  it('ranks a whole number above one that only contains it', () => {
    const whole = doc({
      numbers: ['（2021）皖0102民初5号'],
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const inside = doc({ numbers: ['340102-2026-00001'], updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(indexOf(inside, whole).query({ text: '0102' }).ids).toEqual([whole.id, inside.id]);
  });

  it('requires every part of the query', () => {
    const index = indexOf(
      doc({ title: '农民工追索劳动报酬案' }),
      doc({ title: '农民专业合作社纠纷案' }),
    );
    expect(index.query({ text: '农民 报酬' }).total).toBe(1);
    expect(index.query({ text: '农民 银行' }).total).toBe(0);
    expect(index.query({ text: '不存在的词' }).total).toBe(0);
  });

  it('returns nothing for a query with no searchable characters', () => {
    expect(indexOf(doc()).query({ text: '，。' })).toEqual({ ids: [], total: 0, terms: [] });
  });
});

describe('CaseIndex filters and sorts (the case list)', () => {
  const a = doc({
    caseType: 'civilJudgment',
    focalPoint: 'workers',
    status: 'received',
    handlerId: 'h1',
    updatedAt: '2026-03-03T00:00:00.000Z',
    receivedAt: '2026-01-05',
  });
  const b = doc({
    caseType: 'civilJudgment',
    focalPoint: 'environment',
    status: 'concluded',
    handlerId: 'h2',
    updatedAt: '2026-03-01T00:00:00.000Z',
    receivedAt: '2026-01-09',
  });
  const c = doc({
    caseType: 'publicInterest',
    focalPoint: 'environment',
    status: 'concluded',
    handlerId: 'h1',
    updatedAt: '2026-03-02T00:00:00.000Z',
    receivedAt: '2026-01-01',
  });
  const gone = doc({
    caseType: 'civilJudgment',
    deleted: 1,
    updatedAt: '2026-03-04T00:00:00.000Z',
  });
  const index = indexOf(a, b, c, gone);

  it('lists every case not deleted, most recently updated first', () => {
    expect(index.query({})).toEqual({ ids: [a.id, c.id, b.id], total: 3, terms: [] });
  });

  it('sorts by received date either way', () => {
    expect(index.query({ sort: 'receivedAt' }).ids).toEqual([b.id, a.id, c.id]);
    expect(index.query({ sort: 'receivedAt', direction: 'asc' }).ids).toEqual([c.id, a.id, b.id]);
  });

  it('filters by type, focal point, status and handler, together', () => {
    expect(index.query({ filters: { caseType: 'civilJudgment' } }).ids).toEqual([a.id, b.id]);
    expect(index.query({ filters: { focalPoint: 'environment' } }).ids).toEqual([c.id, b.id]);
    expect(index.query({ filters: { status: 'concluded', handlerId: 'h1' } }).ids).toEqual([c.id]);
    expect(index.query({ filters: { caseType: null, handlerId: 'h2' } }).ids).toEqual([b.id]);
    expect(index.query({ filters: { handlerId: 'nobody' } }).total).toBe(0);
  });

  it('shows deleted cases only in the deleted view, or both when asked', () => {
    expect(index.query({ filters: { deleted: 1 } }).ids).toEqual([gone.id]);
    expect(index.query({ filters: { deleted: null } }).total).toBe(4);
  });

  it('limits the ids but counts every match', () => {
    expect(index.query({ limit: 2 })).toEqual({ ids: [a.id, c.id], total: 3, terms: [] });
  });

  it('filters and sorts search results by date', () => {
    const idx = indexOf(
      doc({ id: 'x1', title: '欠薪案', caseType: 'civilJudgment', receivedAt: '2026-01-02' }),
      doc({ id: 'x2', title: '欠薪案', caseType: 'petition', receivedAt: '2026-01-03' }),
      doc({ id: 'x3', title: '欠薪案', caseType: 'civilJudgment', receivedAt: '2026-01-04' }),
    );
    expect(
      idx.query({ text: '欠薪', sort: 'receivedAt', filters: { caseType: 'civilJudgment' } }).ids,
    ).toEqual(['x3', 'x1']);
  });
});

describe('CaseIndex updates', () => {
  it('replaces the old version: its old words no longer find it, the new ones do', () => {
    const first = doc({ title: '追索劳动报酬案' });
    const index = indexOf(first);
    index.upsert({ ...first, title: '物业服务合同纠纷案', updatedAt: '2026-04-01T00:00:00.000Z' });
    expect(index.query({ text: '劳动报酬' }).total).toBe(0);
    expect(index.query({ text: '物业' }).ids).toEqual([first.id]);
    expect(index.query({}).ids).toEqual([first.id]);
    expect(index.size).toBe(1);
  });

  it('moves a soft-deleted case to the deleted view and back', () => {
    const d = doc({ title: '追索劳动报酬案' });
    const index = indexOf(d);
    index.upsert({ ...d, deleted: 1 });
    expect(index.query({ text: '劳动' }).total).toBe(0);
    expect(index.query({ text: '劳动', filters: { deleted: 1 } }).ids).toEqual([d.id]);
    index.upsert({ ...d, deleted: 0 });
    expect(index.query({ text: '劳动' }).ids).toEqual([d.id]);
  });

  it('forgets a removed case', () => {
    const d = doc({ title: '追索劳动报酬案' });
    const index = indexOf(d, doc());
    expect(index.remove(d.id)).toBe(true);
    expect(index.has(d.id)).toBe(false);
    expect(index.query({ text: '劳动' }).total).toBe(0);
    expect(index.query({}).total).toBe(1);
  });

  it('keeps answering the same after compaction renumbers the ordinals', () => {
    const index = new CaseIndex();
    const docs = Array.from({ length: 1500 }, (_, i) =>
      doc({ title: i % 3 ? `物业纠纷案${i}` : `欠薪案${i}` }),
    );
    for (const d of docs) index.upsert(d);
    // Editing 1,100 cases leaves 1,100 dead versions: more than a quarter, so the index compacts.
    for (const d of docs.slice(0, 1100)) index.upsert({ ...d, status: 'concluded' });
    expect(index.epoch).toBe(1);
    expect(index.docs.count).toBe(1575);
    expect(index.query({ text: '欠薪' }).total).toBe(500);
    expect(index.query({ filters: { status: 'concluded' } }).total).toBe(1100);
  });
});
