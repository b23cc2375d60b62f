/** The shape of a demo scenario and text helpers the scenarios share. */
import type { CaseSource, CaseType, FocalPoint } from '../domain/codes';
import type { CaseTypeDetails } from '../domain/caseTypeDetails';
import type { CourtCaseInput, DemoKit, PartyInput } from './demoKit';

/** The case-specific part of a demo case; generateCases adds status, dates, handler and agent. */
export type ScenarioCase = {
  title: string;
  caseType: CaseType;
  focalPoint: FocalPoint;
  source: CaseSource;
  /** 2–5 parties. */
  parties: PartyInput[];
  courtCases: CourtCaseInput[];
  adminOrgan?: string;
  claims: string;
  facts: string;
  /** The type-specific card, with the same figures the facts give. */
  typeDetails?: CaseTypeDetails;
};

export type DemoScenario = (kit: DemoKit) => ScenarioCase;

/** Joins the paragraphs that are present with blank lines, as facts are written. */
export function paragraphs(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}

/** "张某等12名农民工" or "农民工张某". */
export function workersPhrase(lead: string, count: number): string {
  return count > 1 ? `${lead}等${count}名农民工` : `农民工${lead}`;
}

export const HARDSHIPS: readonly string[] = [
  '父母年迈多病，子女尚在读书',
  '妻子长期患病需服药治疗',
  '本人患有慢性疾病，丧失部分劳动能力',
  '家中两名子女在读，另需赡养七旬老母',
  '家中房屋年久失修，唯一收入来源为务工所得',
];

/** The review paragraph of a judicial-assistance case (2021 rules; DOMAIN.md §4). */
export function assistanceReview(kit: DemoKit, lead: string): string {
  const months = kit.int(2, 12);
  const grant = Math.round((months * 106769) / 12 / 100) * 100;
  return (
    `本院认为，${lead}因案件无法通过诉讼获得有效赔偿，生活面临急迫困难，符合国家司法救助条件，且经核查未因同一案件获得其他机关救助。` +
    `经检察官联席会议讨论，拟以安徽省上一年度职工月平均工资为基数，决定给予救助金${grant}元（相当于${months}个月），` +
    `并协调民政、乡镇及妇联等部门开展"司法救助+"多元帮扶。`
  );
}
