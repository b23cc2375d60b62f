/**
 * What a party named in a lead is, from the words a model's list uses: "某某有限公司（用人单位）"
 * is the employer, an organisation identified by its 统一社会信用代码, not a person with a
 * 居民身份证. A role written after the name in brackets is taken off the name and read as the role.
 */
import { IdType, PartyRole, Sex } from './codes';

export type LeadPartyKind = {
  /** The name without a bracketed role. */
  name: string;
  /** undefined: the list says nothing, and the case card's order decides. */
  role: PartyRole | undefined;
  isOrganisation: boolean;
  idType: IdType;
  sex: Sex;
};

/** A role in brackets at the end of a name, full-width or not: "（用人单位）", "(被申请人)". */
const TRAILING_ROLE = /\s*[（(]([^（）()]{1,20})[）)]\s*$/;

const ADMIN_ORGAN = /(人民政府|政府|委员会|局|厅|办公室|街道办事处|管理处|管理委员会)$/;
const ORGANISATION =
  /(公司|有限责任公司|股份有限公司|集团|厂|企业|合作社|事务所|商行|商店|超市|门店|店|经营部|工作室|协会|学校|幼儿园|医院|银行|酒店|饭店|项目部|工地|中心|单位)$/;

/** Role words, most specific first (被申请人 before 申请人). */
const ROLE_WORDS: readonly (readonly [RegExp, PartyRole])[] = [
  [/被申请人|被投诉人|被告|被执行人|被举报人/, PartyRole.respondent],
  [/用人单位|雇主|用工单位|发包方|承包方|施工单位/, PartyRole.organisation],
  [/行政机关/, PartyRole.adminOrgan],
  [/被害人/, PartyRole.victim],
  [/近亲属|家属|监护人/, PartyRole.closeRelative],
  [/申请人|投诉人|举报人|劳动者|农民工|工人|原告/, PartyRole.applicant],
  [/第三人|其他当事人/, PartyRole.otherParty],
];

function roleFromWords(words: string | undefined): PartyRole | undefined {
  if (!words) return undefined;
  return ROLE_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}

export function classifyLeadParty(party: {
  name: string;
  role?: string | undefined;
}): LeadPartyKind {
  const raw = party.name.trim();
  const bracket = TRAILING_ROLE.exec(raw);
  const bracketRole = bracket ? roleFromWords(bracket[1]) : undefined;
  // Only a bracket that names a role comes off: "某某（北京）有限公司" keeps its place name.
  const name = bracketRole && bracket ? raw.slice(0, bracket.index).trim() : raw;
  const isAdminOrgan = ADMIN_ORGAN.test(name);
  const isOrganisation = isAdminOrgan || ORGANISATION.test(name);
  const stated = bracketRole ?? roleFromWords(party.role);
  const role =
    stated ??
    (isAdminOrgan ? PartyRole.adminOrgan : isOrganisation ? PartyRole.organisation : undefined);
  return {
    name,
    role,
    isOrganisation,
    idType: isOrganisation ? IdType.creditCode : IdType.residentId,
    sex: Sex.unknown,
  };
}
