/**
 * What a demo scenario builds a case from: the random source, the unit's county, the dates around
 * the case, and makers for parties, court case numbers, places and amounts. One kit per case.
 */
import type { CaseCardInput } from '../domain/caseCard';
import type { PartyRole, VulnerableFlag } from '../domain/codes';
import { uuidv7 } from '../domain/ids';
import type { Rng } from './random';
import {
  COUNTIES,
  HOME_COUNTIES,
  RESIDENTIAL,
  ROADS,
  TOWNS,
  VILLAGES,
  basicCourt,
  basicCourtCode,
  intermediateCourt,
  intermediateCourtCode,
} from './demoPlaces';
import type { County } from './demoPlaces';
import { birthDate, creditCode, landline, mobile, personName, residentId } from './demoPeople';

export type PartyInput = CaseCardInput['parties'][number];
export type CourtCaseInput = NonNullable<CaseCardInput['courtCases']>[number];

export type PersonSpec = {
  role: PartyRole;
  /** Age range at the date the case was received. */
  age: readonly [number, number];
  /** Probability of a man (default 0.5); ignored when `isMale` is given. */
  maleShare?: number;
  isMale?: boolean;
  /** Where the person is registered; default: the unit's county or a rural county. */
  home?: County;
  isRural?: boolean;
  /** An occupation, or one chosen by age (e.g. "退休" only past retirement age). */
  occupation?: string | ((age: number) => string);
  employer?: string;
  /** Family name to keep (children of a father, for instance). */
  surname?: string;
  flags?: readonly VulnerableFlag[];
};

/** Court case kinds as they appear in case numbers; 终 cases are heard by the intermediate court. */
export type CourtCaseKind = '民初' | '民终' | '执' | '行初' | '行终' | '刑初';

const COURT_SEQ_MAX: Record<CourtCaseKind, number> = {
  民初: 9999,
  民终: 6999,
  执: 4999,
  行初: 199,
  行终: 399,
  刑初: 599,
};

const ORG_SUFFIXES = {
  construction: [
    '建筑劳务有限公司',
    '建设工程有限公司',
    '建筑安装工程有限公司',
    '市政工程有限公司',
  ],
  developer: ['置业有限公司', '房地产开发有限公司'],
  logistics: ['物流有限公司', '快递服务有限公司', '供应链管理有限公司'],
  platform: ['网络科技有限公司', '即时配送服务有限公司', '出行科技有限公司'],
  staffing: ['劳务派遣有限公司', '人力资源服务有限公司'],
  factory: ['电子科技有限公司', '服装有限公司', '机械制造有限公司', '食品有限公司'],
  finance: ['小额贷款有限公司', '融资担保有限公司', '融资租赁有限公司'],
  retail: ['电子商务有限公司', '商贸有限公司', '食品贸易有限公司', '生物科技有限公司'],
  tech: ['信息技术有限公司', '网络科技有限公司', '数据服务有限公司'],
  industry: ['化工有限公司', '新材料有限公司', '石材有限公司', '生态农业有限公司'],
  property: ['物业服务有限公司', '物业管理有限公司'],
} as const satisfies Record<string, readonly string[]>;
export type OrgKind = keyof typeof ORG_SUFFIXES;

const PROJECT_NAMES: readonly string[] = (
  '滨湖花园 锦绣家园 学府名苑 天鹅湖畔 创新产业园 城南安置小区 物流园 高铁新城 ' +
  '中心商务区 棚户区改造 人民医院门诊楼 实验学校 老旧小区改造 污水处理厂'
).split(' ');
const PROJECT_PHASES: readonly string[] = ['一期', '二期', '三期', 'A区', 'B区', ''];

const ETHNICITIES: readonly string[] = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族'];

/**
 * A kit for one case received on `receivedAt` ("YYYY-MM-DD") by the procuratorate of `unit`.
 * A class so that a run of 100,000 cases does not build a bundle of closures per case.
 */
export class DemoKit {
  readonly year: number;
  readonly month: number;
  /** e.g. "合肥市瑶海区". */
  readonly place: string;
  /** "某区" / "某县" / "某市": how titles name the county without naming it. */
  readonly countyWord: string;
  readonly basicCourt: string;
  readonly intermediateCourt: string;
  private readonly monthDay: string;
  private readonly baseMs: number;
  private readonly idBytes = new Uint8Array(16);
  private idCount = 0;

  constructor(
    readonly rng: Rng,
    readonly unit: County,
    readonly receivedAt: string,
  ) {
    this.year = Number(receivedAt.slice(0, 4));
    this.month = Number(receivedAt.slice(5, 7));
    this.monthDay = receivedAt.slice(5);
    this.baseMs = Date.UTC(this.year, this.month - 1, Number(receivedAt.slice(8, 10)), 1);
    this.place = `${unit.city}${unit.county}`;
    this.countyWord = `某${unit.county.slice(-1)}`;
    this.basicCourt = basicCourt(unit);
    this.intermediateCourt = intermediateCourt(unit);
  }

  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items);
  }

  int(min: number, max: number): number {
    return this.rng.int(min, max);
  }

  chance(p: number): boolean {
    return this.rng.chance(p);
  }

  /** A UUIDv7 from the case's date and the seeded generator, so ids repeat with the seed. */
  nextId(): string {
    const bytes = this.idBytes;
    for (let i = 0; i < 16; i += 4) {
      const r = this.rng.uint32();
      bytes[i] = r & 0xff;
      bytes[i + 1] = (r >>> 8) & 0xff;
      bytes[i + 2] = (r >>> 16) & 0xff;
      bytes[i + 3] = r >>> 24;
    }
    this.idCount++;
    return uuidv7(this.baseMs + this.idCount, bytes);
  }

  /** Where a person is registered: often the unit's own county, else mostly a rural county. */
  homeCounty(): County {
    const rng = this.rng;
    return rng.chance(0.55) ? this.unit : rng.pick(rng.chance(0.7) ? HOME_COUNTIES : COUNTIES);
  }

  address(county: County, isRural: boolean): string {
    const rng = this.rng;
    const head = `安徽省${county.city}${county.county}`;
    if (isRural) {
      return `${head}${rng.pick(TOWNS)}${rng.pick(VILLAGES)}${rng.int(1, 16)}组${rng.int(1, 99)}号`;
    }
    return `${head}${rng.pick(ROADS)}${rng.int(1, 999)}号${rng.pick(RESIDENTIAL)}${rng.int(1, 30)}栋${rng.int(1, 28)}0${rng.int(1, 4)}室`;
  }

  person(spec: PersonSpec): PartyInput {
    const rng = this.rng;
    const isMale = spec.isMale ?? rng.chance(spec.maleShare ?? 0.5);
    const born = birthDate(rng, this.year - spec.age[1], this.year - spec.age[0]);
    const age = this.year - Number(born.slice(0, 4)) - (born.slice(5) > this.monthDay ? 1 : 0);
    const flags: VulnerableFlag[] = spec.flags ? [...spec.flags] : [];
    if (age >= 60 && !flags.includes('elderly')) flags.push('elderly');
    if (age < 18 && !flags.includes('minor')) flags.push('minor');
    const home = spec.home ?? this.homeCounty();
    const party: PartyInput = {
      id: this.nextId(),
      role: spec.role,
      name: personName(rng, isMale, spec.surname),
      sex: isMale ? 'male' : 'female',
      birthDate: born,
      ethnicity: rng.pick(ETHNICITIES),
      occupation: occupationFor(spec.occupation, age),
      address: this.address(home, spec.isRural ?? home !== this.unit),
      idType: 'residentId',
      idNumber: residentId(rng, home.code, born, isMale),
      flags,
    };
    if (spec.employer) party.employer = spec.employer;
    if (age >= 16 && rng.chance(0.92)) party.phone = mobile(rng);
    return party;
  }

  /** An organisation as a party, e.g. "合肥某建筑劳务有限公司" with its credit code. */
  org(role: PartyRole, kind: OrgKind, county: County = this.unit): PartyInput {
    const rng = this.rng;
    const prefix = rng.chance(0.3) ? '安徽某某' : `${cityShortName(county)}某`;
    return {
      id: this.nextId(),
      role,
      name: prefix + rng.pick(ORG_SUFFIXES[kind]),
      sex: 'unknown',
      address: this.address(county, false),
      phone: landline(rng, county.areaCode),
      idType: 'creditCode',
      idNumber: creditCode(rng, county.code, false),
      flags: [],
    };
  }

  /** A state organ as a party, e.g. "合肥市瑶海区人力资源和社会保障局". */
  organ(name: string, role: PartyRole = 'adminOrgan'): PartyInput {
    return {
      id: this.nextId(),
      role,
      name,
      sex: 'unknown',
      address: this.address(this.unit, false),
      phone: landline(this.rng, this.unit.areaCode),
      idType: 'creditCode',
      idNumber: creditCode(this.rng, this.unit.code, true),
      flags: [],
    };
  }

  /** "（2023）皖0102民初1234号" with its court, `yearsBack` years before the case. */
  courtCase(kind: CourtCaseKind, yearsBack: number): CourtCaseInput {
    const isAppeal = kind === '民终' || kind === '行终';
    const code = isAppeal ? intermediateCourtCode(this.unit) : basicCourtCode(this.unit);
    return {
      number: `（${this.year - yearsBack}）${code}${kind}${this.rng.int(1, COURT_SEQ_MAX[kind])}号`,
      court: isAppeal ? this.intermediateCourt : this.basicCourt,
    };
  }

  /** "2023年3月", `back` months before the case was received. */
  monthsBefore(back: number): string {
    const m = this.year * 12 + this.month - 1 - back;
    return `${Math.floor(m / 12)}年${(m % 12) + 1}月`;
  }

  /** "2023年3月12日": a day `back` months before the case (back 0: the day it was received). */
  dayBefore(back: number): string {
    if (back <= 0) return `${this.year}年${this.month}月${Number(this.receivedAt.slice(8, 10))}日`;
    return `${this.monthsBefore(back)}${this.rng.int(1, 28)}日`;
  }

  /** A round amount in yuan between min and max, in steps of `step`. */
  amount(min: number, max: number, step = 100): number {
    return Math.round(this.rng.int(min, max) / step) * step;
  }

  project(): string {
    return `${this.rng.pick(PROJECT_NAMES)}${this.rng.pick(PROJECT_PHASES)}项目`;
  }
}

function occupationFor(occupation: PersonSpec['occupation'], age: number): string {
  if (typeof occupation === 'function') return occupation(age);
  return occupation ?? (age < 18 ? '学生' : '无业');
}

/** The family name of a demo person: every surname in the table is one character. */
export function surnameOf(party: PartyInput): string {
  return party.name.charAt(0);
}

/** "合肥" for "合肥市". */
function cityShortName(county: County): string {
  return county.city.endsWith('市') ? county.city.slice(0, -1) : county.city;
}
