import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_SEED,
  createDemoContext,
  generateDemoCase,
  generateDemoCases,
} from '../../../src-shared/demo/generateCases';
import type { DemoOptions } from '../../../src-shared/demo/generateCases';
import { createRng, mixSeed, weightedTable } from '../../../src-shared/demo/random';
import { buildCalendar, CN_HOLIDAY_TABLES, type IsoDate } from '../../../src-shared/calendar';
import { caseCardSchema } from '../../../src-shared/domain/caseCard';
import { totalsByCardKind } from '../../../src-shared/domain/caseTypeFigures';
import { computeUnitFigures } from '../../../src-shared/stats/unitFigures';
import type { CaseCardInput } from '../../../src-shared/domain/caseCard';
import { CaseType, FocalPoint } from '../../../src-shared/domain/codes';
import { isValidCreditCode } from '../../../src-shared/domain/creditCode';
import { birthDateFromResidentId, checkResidentId } from '../../../src-shared/domain/residentId';

const OPTIONS: DemoOptions = {
  seed: DEMO_SEED,
  count: 1000,
  unitCode: '340102',
  handlerIds: ['user-a', 'user-b', 'user-c'],
  startDate: '2024-02-01',
};

const encoder = new TextEncoder();

describe('seeded random numbers', () => {
  it('repeats with the seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 8 }, () => rng.uint32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(mixSeed(1, 0)).not.toBe(mixSeed(1, 1));
  });

  it('keeps int within both bounds and reaches each of them', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks by weight and shuffles without losing items', () => {
    const rng = createRng(9);
    const table = weightedTable([
      ['often', 9],
      ['rarely', 1],
    ] as const);
    let often = 0;
    for (let i = 0; i < 5000; i++) if (rng.weighted(table) === 'often') often++;
    expect(often).toBeGreaterThan(4300);
    expect(often).toBeLessThan(4700);
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});

describe('generateDemoCases', () => {
  let cases: CaseCardInput[];
  beforeAll(() => {
    cases = generateDemoCases(OPTIONS);
  });

  it('gives identical cases for the same seed and different ones for another seed', () => {
    expect(generateDemoCases({ ...OPTIONS, count: 50 })).toEqual(cases.slice(0, 50));
    const other = generateDemoCases({ ...OPTIONS, seed: DEMO_SEED + 1, count: 50 });
    expect(other).not.toEqual(cases.slice(0, 50));
    expect(other.map((c) => c.title)).not.toEqual(cases.slice(0, 50).map((c) => c.title));
  });

  it('makes any slice alone exactly as in the whole run', () => {
    expect(generateDemoCases({ ...OPTIONS, offset: 600, count: 20 })).toEqual(
      cases.slice(600, 620),
    );
    expect(generateDemoCase(createDemoContext(OPTIONS), 999)).toEqual(cases[999]);
  });

  it('makes cards that all pass caseCardSchema', () => {
    const failures = cases
      .map((card, i) => ({ i, result: caseCardSchema.safeParse(card) }))
      .filter(({ result }) => !result.success);
    expect(failures).toEqual([]);
  });

  it('gives every case 2 to 5 parties with distinct ids', () => {
    for (const card of cases) {
      expect(card.parties.length).toBeGreaterThanOrEqual(2);
      expect(card.parties.length).toBeLessThanOrEqual(5);
      expect(new Set(card.parties.map((p) => p.id)).size).toBe(card.parties.length);
    }
  });

  it('fills the type-specific card of wage, housing, food and pension cases from their facts', () => {
    const withCard = cases.filter((c) => c.typeDetails);
    expect(withCard.length).toBeGreaterThan(cases.length / 3);
    for (const c of withCard) {
      const card = c.typeDetails;
      if (card?.kind !== 'wageArrears') continue;
      expect(`${c.claims ?? ''}${c.facts ?? ''}`).toContain(`${String(card.amountOwed)}元`);
      if (card.amountRecovered !== undefined) expect(c.status).toBe('concluded');
    }
    const totals = totalsByCardKind(cases);
    expect(Object.keys(totals).sort()).toEqual([
      'foodDrug',
      'housing',
      'socialInsurance',
      'wageArrears',
    ]);
  });

  it('shows non-zero wage figures on the 工作台 once the 200 demo cases are loaded', () => {
    const loaded = generateDemoCases({ ...OPTIONS, count: 200, handlerIds: ['u-me'] });
    const figures = computeUnitFigures({
      cases: loaded.map((c, i) => ({
        id: `c${String(i)}`,
        caseType: c.caseType,
        focalPoint: c.focalPoint,
        status: c.status ?? 'received',
        handlerId: c.handlerId,
        receivedAt: c.receivedAt,
        typeDetails: c.typeDetails,
      })),
      workflows: [],
      assistance: [],
      userId: 'u-me',
      today: '2026-03-02' as IsoDate,
      calendar: buildCalendar(CN_HOLIDAY_TABLES),
    });
    const wage = figures.mine.wageArrears;
    expect(wage.cases).toBeGreaterThan(20);
    expect(wage.workers).toBeGreaterThan(wage.cases);
    expect(wage.amountOwed).toBeGreaterThan(0);
    expect(wage.amountRecovered).toBeGreaterThan(0);
    expect(wage.missingAmountOwed).toBe(0);
    expect(wage.amountRecovered).toBeLessThan(wage.amountOwed);
    expect(generateDemoCases({ ...OPTIONS, count: 200, handlerIds: ['u-me'] })).toEqual(loaded);
  });

  it('serialises to 2,000–3,200 bytes a case on average', () => {
    const total = cases.reduce((sum, c) => sum + encoder.encode(JSON.stringify(c)).length, 0);
    const mean = total / cases.length;
    expect(mean).toBeGreaterThan(2000);
    expect(mean).toBeLessThan(3200);
  });

  it('gives people valid resident IDs that match their birth date and sex', () => {
    let people = 0;
    for (const party of cases.flatMap((c) => c.parties)) {
      if (party.idType !== 'residentId') continue;
      people++;
      const id = party.idNumber ?? '';
      expect(checkResidentId(id), id).toBeNull();
      expect(birthDateFromResidentId(id)).toBe(party.birthDate);
      expect(id.startsWith('34')).toBe(true);
      expect(Number(id.charAt(16)) % 2 === 1).toBe(party.sex === 'male');
    }
    expect(people).toBeGreaterThan(1500);
  });

  it('gives organisations valid credit codes and plausible phone numbers', () => {
    for (const party of cases.flatMap((c) => c.parties)) {
      if (party.idType === 'creditCode') expect(isValidCreditCode(party.idNumber ?? '')).toBe(true);
      if (party.phone) expect(party.phone).toMatch(/^(1[3-9]\d{9}|05\d{2}-[2-8]\d{7})$/);
    }
  });

  it('covers every focal point and case type, weighted toward workers', () => {
    const focal = new Map<string, number>();
    for (const c of cases) focal.set(c.focalPoint, (focal.get(c.focalPoint) ?? 0) + 1);
    expect([...focal.keys()].sort()).toEqual(Object.values(FocalPoint).sort());
    expect(new Set(cases.map((c) => c.caseType))).toEqual(new Set(Object.values(CaseType)));
    const workers = focal.get('workers') ?? 0;
    expect(workers).toBe(Math.max(...focal.values()));
    expect(workers).toBeGreaterThan(300);
    expect(cases.some((c) => /^\S+等\d+名农民工追索劳动报酬案$/.test(c.title))).toBe(true);
  });

  it('keeps dates and handlers within the options', () => {
    for (const c of cases) {
      expect(c.receivedAt >= '2024-02-01').toBe(true);
      if (c.acceptedAt) expect(c.acceptedAt >= c.receivedAt).toBe(true);
      expect(OPTIONS.handlerIds).toContain(c.handlerId);
      for (const cc of c.courtCases ?? [])
        expect(cc.number).toMatch(/^（\d{4}）皖\d{2,4}[民行刑执]/);
    }
  });

  it('writes several paragraphs of facts', () => {
    for (const c of cases) expect((c.facts ?? '').split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('refuses to run without a handler', () => {
    expect(() => generateDemoCases({ ...OPTIONS, handlerIds: [] })).toThrow(RangeError);
  });
});
