/**
 * Seeded generator of fictional, realistic livelihood cases for "load demo data", tests and
 * benchmarks. Every case is made from its own seed (the run's seed mixed with its index), so
 * any slice of a run can be made alone and a run is identical on every runtime.
 *
 * All people and organisations are fictional: names are rendered "张某" / "李某某", organisations
 * "合肥某建筑劳务有限公司", and ID numbers, credit codes and phones are random (with valid checks).
 */
import type { CaseCardInput } from '../domain/caseCard';
import type { CaseTypeDetails } from '../domain/caseTypeDetails';
import type { CaseStatus, CaseType, Department } from '../domain/codes';
import { assertNever } from '../assertNever';
import { createRng, mixSeed, weightedTable } from './random';
import type { Rng } from './random';
import { countyOfUnit } from './demoPlaces';
import type { County } from './demoPlaces';
import { DemoKit } from './demoKit';
import type { DemoScenario } from './demoScenario';
import { LABOUR_SCENARIOS } from './demoLabour';
import { MARKET_SCENARIOS } from './demoMarket';
import { VULNERABLE_SCENARIOS } from './demoVulnerable';
import { mobile, personName } from './demoPeople';

/** The seed "load demo data", the e2e tests and the benchmarks use, so they all see the same cases. */
export const DEMO_SEED = 20240227;

export type DemoOptions = {
  seed: number;
  count: number;
  /** 6-digit code of the procuratorate the cases belong to (also picks its county and courts). */
  unitCode: string;
  /** Users the cases are assigned to, each case to one of them at random; at least one. */
  handlerIds: readonly string[];
  /** First day cases may be received (YYYY-MM-DD); cases spread over the two years after it. */
  startDate?: string;
  /** Index of the first case to make: a run can be made in slices with the same result. */
  offset?: number;
};

/** 2024-02: the special action started (DOMAIN.md §1.1). */
const DEFAULT_START_DATE = '2024-02-01';
const SPAN_DAYS = 700;

/** Prepared once per run: tables every case reads. */
export type DemoContext = {
  readonly seed: number;
  readonly unit: County;
  readonly handlerIds: readonly string[];
  /** The possible received dates, "YYYY-MM-DD". */
  readonly dates: readonly string[];
};

const SCENARIOS = weightedTable<DemoScenario>([
  ...LABOUR_SCENARIOS,
  ...MARKET_SCENARIOS,
  ...VULNERABLE_SCENARIOS,
]);

const STATUSES = weightedTable<CaseStatus>([
  ['received', 10],
  ['accepted', 15],
  ['inReview', 35],
  ['suspended', 3],
  ['concluded', 30],
  ['terminated', 7],
]);

const AGENT_KINDS: readonly string[] = ['律师', '法律援助律师', '近亲属', '基层法律服务工作者'];

/** The department that handles each kind of case (DOMAIN.md §2.1). */
export function departmentFor(caseType: CaseType): Department {
  switch (caseType) {
    case 'civilJudgment':
    case 'civilTrialConduct':
    case 'civilEnforcement':
    case 'supportProsecution':
      return 'civil';
    case 'administrative':
      return 'administrative';
    case 'judicialAssistance':
    case 'petition':
      return 'complaints';
    case 'publicInterest':
      return 'publicInterest';
    default:
      return assertNever(caseType);
  }
}

/** The business characters of an official number (assumed, DOMAIN.md §7; demo data only). */
function officialCode(caseType: CaseType): string {
  switch (caseType) {
    case 'civilJudgment':
    case 'civilTrialConduct':
    case 'civilEnforcement':
      return '民监';
    case 'administrative':
      return '行监';
    case 'judicialAssistance':
      return '司救';
    case 'supportProsecution':
      return '民支';
    case 'publicInterest':
      return '公益';
    case 'petition':
      return '控申';
    default:
      return assertNever(caseType);
  }
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function createDemoContext(options: Omit<DemoOptions, 'count' | 'offset'>): DemoContext {
  if (options.handlerIds.length === 0) throw new RangeError('demo cases need at least one handler');
  const start = Date.parse(`${options.startDate ?? DEFAULT_START_DATE}T00:00:00Z`);
  if (Number.isNaN(start)) throw new RangeError('startDate must be YYYY-MM-DD');
  const dates = Array.from({ length: SPAN_DAYS }, (_, day) => isoDay(start + day * 86_400_000));
  return {
    seed: options.seed,
    unit: countyOfUnit(options.unitCode),
    handlerIds: options.handlerIds,
    dates,
  };
}

/** A lawyer, a legal-aid lawyer or a relative who acts for the applicant. */
function makeAgent(rng: Rng, unit: County): NonNullable<CaseCardInput['agent']> {
  const kind = rng.pick(AGENT_KINDS);
  const organisation =
    kind === '法律援助律师'
      ? `${unit.city}${unit.county}法律援助中心`
      : kind === '律师'
        ? `安徽某某律师事务所`
        : kind === '基层法律服务工作者'
          ? `${unit.county}某法律服务所`
          : undefined;
  const agent: NonNullable<CaseCardInput['agent']> = {
    name: personName(rng, rng.chance(0.6)),
    kind,
    phone: mobile(rng),
  };
  if (organisation) agent.organisation = organisation;
  return agent;
}

/**
 * A scenario's card as it stands at the case's status: the wages of a concluded case are
 * recovered in full [U], so the 工作台 shows a recovery rate; no draw, so the run stays the same.
 */
function cardAtStatus(card: CaseTypeDetails, status: CaseStatus): CaseTypeDetails {
  if (card.kind === 'wageArrears' && status === 'concluded' && card.amountOwed !== undefined) {
    return { ...card, amountRecovered: card.amountOwed };
  }
  return card;
}

/** Case number `index` of a run: the same context and index always give the same case. */
export function generateDemoCase(context: DemoContext, index: number): CaseCardInput {
  const rng = createRng(mixSeed(context.seed, index));
  const dayIndex = rng.int(0, context.dates.length - 1);
  const receivedAt = context.dates[dayIndex] ?? '';
  const kit = new DemoKit(rng, context.unit, receivedAt);
  const scenario = rng.weighted(SCENARIOS)(kit);
  const status = rng.weighted(STATUSES);
  const card: CaseCardInput = {
    title: scenario.title,
    caseType: scenario.caseType,
    source: scenario.source,
    focalPoint: scenario.focalPoint,
    status,
    courtCases: scenario.courtCases,
    parties: scenario.parties,
    claims: scenario.claims,
    facts: scenario.facts,
    handlerId: rng.pick(context.handlerIds),
    department: departmentFor(scenario.caseType),
    receivedAt,
  };
  if (scenario.adminOrgan) card.adminOrgan = scenario.adminOrgan;
  if (scenario.typeDetails) card.typeDetails = cardAtStatus(scenario.typeDetails, status);
  if (status !== 'received') {
    card.acceptedAt = context.dates[Math.min(dayIndex + rng.int(0, 7), context.dates.length - 1)];
    if (rng.chance(0.6)) {
      const short = context.unit.county.charAt(0);
      card.officialNo = `皖${short}检${officialCode(scenario.caseType)}〔${kit.year}〕${rng.int(1, 300)}号`;
    }
  }
  if (rng.chance(0.35)) card.agent = makeAgent(rng, context.unit);
  return card;
}

/** `count` demo cases starting at `offset` (default 0). */
export function generateDemoCases(options: DemoOptions): CaseCardInput[] {
  const context = createDemoContext(options);
  const offset = options.offset ?? 0;
  const cases = new Array<CaseCardInput>(options.count);
  for (let i = 0; i < options.count; i++) cases[i] = generateDemoCase(context, offset + i);
  return cases;
}
