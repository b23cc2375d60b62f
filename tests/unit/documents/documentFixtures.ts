/**
 * Realistic data for every template (a wage-arrears civil supervision case and an assault
 * victim's assistance case in Hefei), with what each rendered document must contain. Shared by
 * the unit tests and the LibreOffice integration test. Identity numbers are made up but valid.
 */
import type { DocumentTemplateId, TemplateInput } from '../../../src-shared/documents';

export const PROCURATORATE = '安徽省合肥市包河区人民检察院';

const caseRef = {
  title: '王秀兰与李德明劳务合同纠纷民事监督案',
  provisionalNo: '340111-2026-00017',
};
const assistanceCase = { title: '张建国申请国家司法救助案', provisionalNo: '340111-2026-00023' };

const zhang = {
  name: '张建国',
  sex: 'male',
  birthDate: '1980-03-07',
  ethnicity: '汉族',
  occupation: '务农',
  address: '安徽省合肥市包河区大圩镇新民村',
  idNumber: '340102198003071238',
} as const;
const wang = {
  name: '王秀兰',
  sex: 'female',
  birthDate: '1975-11-20',
  ethnicity: '汉族',
  occupation: '务工',
  address: '安徽省合肥市肥东县撮镇镇瑶岗村',
  idNumber: '340122197511200041',
} as const;
const li = {
  name: '李德明',
  sex: 'male',
  birthDate: '1992-06-15',
  ethnicity: '汉族',
  occupation: '个体工程承包人',
  address: '安徽省合肥市包河区望湖街道',
  idNumber: '340104199206152836',
} as const;
const originalCase = {
  court: '安徽省合肥市包河区人民法院',
  number: '（2025）皖0111民初4321号',
  documentKind: '民事判决',
};
const cpl15 = { law: '中华人民共和国民事诉讼法', article: 15 };
const civilRule = { law: '人民检察院民事诉讼监督规则', article: 90 };
const assistanceRule = { law: '人民检察院开展国家司法救助工作细则', article: 7, item: 1 };
const prosecutor = { name: '陈静', title: '检察官' };
const clerk = { name: '刘洋', title: '书记员' };
const officers = [
  { name: '周海峰', identity: '人民监督员' },
  { name: '吴丽娟', identity: '人民调解员' },
  { name: '孙志强', identity: '律师' },
];

export const documentFixtures: { [K in DocumentTemplateId]: TemplateInput<K> } = {
  'assistance.approvalForm': {
    procuratorate: PROCURATORATE,
    caseRef: assistanceCase,
    filledOn: '2026-11-20',
    sourceCase: { cause: '故意伤害', number: '包检刑诉〔2026〕88号', stage: '审查起诉' },
    applicant: zhang,
    phone: '13912345678',
    relationToVictim: '本人',
    eligibility: '刑事案件被害人受到犯罪侵害致重伤，因加害人无力赔偿，生活陷入急迫困难。',
    harm: '左腿粉碎性骨折，经鉴定为重伤二级，已花费医疗费58,200元。',
    household: '家庭四口人，两名子女在读，妻子无固定收入，家庭为低保户。',
    compensation: '加害人赔偿3,000元，无力继续赔偿；未获得其他救助。',
    amount: { region: '安徽省', baseYear: 2025, monthlyBase: 9000, months: 4, proposed: 36000 },
    handlerOpinion: {
      text: '符合救助条件，建议给予救助金36,000元。',
      officer: prosecutor,
      date: '2026-11-20',
    },
  },
  'assistance.decision': {
    procuratorate: PROCURATORATE,
    caseRef: assistanceCase,
    applicant: zhang,
    appliedOn: '2026-10-08',
    facts:
      '2026年6月3日，申请人张建国被王某某故意伤害致左腿粉碎性骨折，经鉴定为重伤二级。\n' +
      '王某某已被提起公诉，其家庭经济困难，仅赔偿3,000元，无力继续赔偿。申请人家庭为低保户。',
    reasoning: '申请人因犯罪侵害致重伤，加害人无力赔偿，生活陷入急迫困难，符合国家司法救助条件。',
    basis: [assistanceRule],
    amount: 36000,
    cap: { monthlyBase: 9000 },
    paymentMethod: '银行转账',
    decidedOn: '2026-11-29',
  },
  'assistance.refusalNotice': {
    procuratorate: PROCURATORATE,
    caseRef: assistanceCase,
    applicant: { name: '赵小军', sex: 'male' },
    appliedOn: '2026-09-15',
    reasoning:
      '你在案发过程中首先持械伤人，对案件发生负有重大过错。\n' +
      '你已获得加害人足额赔偿45,000元，生活困难并非案件所致。',
    basis: [{ law: '人民检察院开展国家司法救助工作细则', article: 8, item: 1 }],
    otherHelp: '如家庭生活确有困难，可以向户籍地民政部门申请社会救助，本院可协助联系。',
    decidedOn: '2026-11-29',
  },
  'reconciliation.agreement': {
    procuratorate: PROCURATORATE,
    caseRef,
    applicant: wang,
    respondent: li,
    originalCase,
    disputeCause: '劳务合同纠纷',
    terms: ['乙方确认拖欠甲方劳务报酬，双方同意以本协议约定的金额一次性了结纠纷。'],
    instalments: [
      { amount: 20000, dueOn: '2026-12-31' },
      { amount: 16000.5, dueOn: '2027-02-28' },
    ],
    waivesSupervision: true,
    signingPlace: '安徽省合肥市包河区人民检察院检察听证室',
  },
  'review.terminationDecision': {
    procuratorate: PROCURATORATE,
    caseRef,
    applicant: wang,
    otherParties: [li],
    originalCase,
    acceptedOn: '2026-08-12',
    ground: {
      kind: 'reconciliationWaiver',
      agreementSignedOn: '2026-11-18',
      agreementWaivesSupervision: true,
      noHarm: true,
    },
    basis: [{ law: '人民检察院民事诉讼监督规则', article: 73, paragraph: 1, item: 3 }],
    decidedOn: '2026-11-29',
  },
  'supervision.notSupportedDecision': {
    procuratorate: PROCURATORATE,
    caseRef,
    applicant: wang,
    otherParties: [li],
    originalCase,
    disputeCause: '劳务合同纠纷',
    acceptedOn: '2026-08-12',
    request: '请求对该民事判决提出再审检察建议，改判李德明支付劳务报酬52,000元。',
    grounds: [
      {
        ground: '原判决认定劳务报酬为36,000元缺乏证据证明',
        response:
          '经审查，双方签字确认的结算单载明劳务报酬为36,000元，与工友证言相互印证，原判决认定并无不当。',
        citations: [{ law: '中华人民共和国民事诉讼法', article: 211, item: 2 }],
      },
      {
        ground: '原审法院未调取工地考勤记录，程序违法',
        response: '申请人在原审中未申请调取考勤记录，原审法院未依职权调取不违反法定程序。',
      },
    ],
    facts: '2025年3月至9月，王秀兰在李德明承包的工地务工。双方于2025年10月2日签署结算单。',
    legalStandard: [civilRule],
    conclusion: '申请人的监督申请不符合监督条件。',
    remedies:
      '申请人对本决定不服的，可以在收到本决定书之日起一年内向上一级人民检察院申请复查一次。',
    socialAssistance: '如生活确有困难，本院将协助申请人申请社会救助。',
    decidedOn: '2026-11-29',
  },
  'reasoning.record': {
    procuratorate: PROCURATORATE,
    caseRef,
    matter: '不支持监督申请决定',
    heldOn: '2026-12-02',
    startTime: '09:30',
    endTime: '10:40',
    place: '安徽省合肥市包河区人民检察院检察宣告室',
    mode: 'announcement',
    explainedBy: prosecutor,
    recorder: clerk,
    subject: wang,
    subjectCapacity: '申请人',
    attendees: [{ name: '周海峰', capacity: '人民监督员' }],
    grounds: [
      { ground: '劳务报酬认定错误', response: '结算单由双方签字确认，认定有据。' },
      { ground: '法院未调取考勤记录', response: '原审中未申请调取，不属于程序违法。' },
      { ground: '判决后无力维持生活', response: '本院已协助联系民政部门，申请临时救助。' },
    ],
    citations: [cpl15],
    subjectStatement: '对检察机关的解释表示理解。',
    reaction: 'accepts',
    followUp: '2027年1月回访。',
  },
  'hearing.notice': {
    procuratorate: PROCURATORATE,
    caseRef,
    addressee: { name: '王秀兰', capacity: '申请人' },
    hearingOn: '2026-12-10',
    startTime: '09:00',
    place: '安徽省合肥市包河区人民检察院检察听证室',
    isPublic: true,
    presiding: prosecutor,
    officers,
    noticeOn: '2026-12-03',
    contactName: '刘洋',
    contactPhone: '0551-63350000',
  },
  'hearing.transcript': {
    procuratorate: PROCURATORATE,
    caseRef,
    heldOn: '2026-12-10',
    startTime: '09:00',
    endTime: '11:15',
    place: '安徽省合肥市包河区人民检察院检察听证室',
    isPublic: true,
    presiding: prosecutor,
    clerk,
    officers,
    participants: [
      { name: '王秀兰', capacity: '申请人' },
      { name: '李德明', capacity: '其他当事人' },
    ],
    entries: [
      { step: 'statements', speaker: '王秀兰', content: '我干了半年活，只拿到一部分工钱。' },
      { step: 'introduction', speaker: '陈静', content: '本案争议焦点是劳务报酬的数额。' },
      { step: 'questions', speaker: '周海峰', content: '结算单上的签字是否为本人所签？' },
      { step: 'summary', speaker: '陈静', content: '本院将综合听证意见依法作出决定。' },
    ],
  },
  'hearing.deliberation': {
    procuratorate: PROCURATORATE,
    caseRef,
    heldOn: '2026-12-10',
    startTime: '10:30',
    endTime: '10:50',
    place: '安徽省合肥市包河区人民检察院评议室',
    presiding: prosecutor,
    clerk,
    question: '原判决认定劳务报酬36,000元是否有误，是否应当支持监督申请。',
    officers: officers.map((o, i) => ({
      ...o,
      opinion: i === 2 ? '建议促成双方和解。' : '原判决认定事实清楚，不应支持监督申请。',
    })),
    conclusion: '多数听证员认为不应支持监督申请，并建议检察机关促成双方和解。',
  },
  'support.opinion': {
    procuratorate: PROCURATORATE,
    caseRef: { title: '王秀兰追索劳动报酬支持起诉案' },
    court: '安徽省合肥市包河区人民法院',
    plaintiff: wang,
    defendant: {
      name: '合肥恒达建筑劳务有限公司',
      idType: 'creditCode',
      address: '安徽省合肥市包河区繁华大道88号',
      representative: '何永福',
    },
    cause: '追索劳动报酬纠纷',
    appliedOn: '2026-11-02',
    claims: ['判令被告支付原告劳动报酬人民币28,600元', '本案诉讼费用由被告承担'],
    claimAmount: 28600,
    facts: '原告于2025年在被告承建的工地务工，被告至今拖欠劳动报酬28,600元。',
    reasons: '原告系农民工，文化程度低，缺乏诉讼能力，独立起诉确有困难，其诉讼请求有事实依据。',
    basis: [cpl15],
    evidence: ['工资结算单', '工友证人证言', '微信聊天记录'],
    decidedOn: '2026-11-29',
  },
  'recommendation.letter': {
    procuratorate: PROCURATORATE,
    caseRef: { title: '包河区建设领域欠薪问题社会治理案' },
    recipient: '合肥市包河区人力资源和社会保障局',
    source: '本院在办理王秀兰追索劳动报酬支持起诉案中发现，辖区建设领域存在欠薪问题。',
    facts: '2026年以来，本院受理农民工欠薪申请23件，涉及金额共计人民币612,400元。',
    problems: '部分在建工程未按规定开设农民工工资专用账户，工资保证金制度落实不到位。',
    recommendations: ['开展在建工程农民工工资专用账户专项检查。', '健全欠薪线索移送和协作机制。'],
    basis: [{ law: '保障农民工工资支付条例', article: 26 }],
    objectionDays: 10,
    copyTo: ['合肥市人民检察院'],
    issuedOn: '2026-11-29',
  },
  'protest.protest': {
    procuratorate: '安徽省合肥市人民检察院',
    caseRef: { title: '王秀兰与合肥恒达建筑劳务有限公司追索劳动报酬纠纷抗诉案' },
    court: '安徽省合肥市中级人民法院',
    originalCase: {
      court: '安徽省合肥市包河区人民法院',
      number: '（2025）皖0111民初4521号',
      documentKind: '民事判决',
    },
    applicant: wang,
    otherParties: [
      {
        name: '合肥恒达建筑劳务有限公司',
        idType: 'creditCode',
        address: '安徽省合肥市包河区繁华大道88号',
        representative: '何永福',
      },
    ],
    cause: '追索劳动报酬纠纷',
    facts:
      '王秀兰于2024年在合肥恒达建筑劳务有限公司承建的工地务工，公司拖欠其劳动报酬36,000元。原审判决以考勤记录不全为由驳回其诉讼请求。',
    reasons: [
      '原判决认定的基本事实缺乏证据证明：工资结算单和工友证言足以证明务工事实和欠薪数额',
      '原判决适用法律确有错误：用人单位对考勤记录负有保存义务，举证不能的后果应由用人单位承担',
    ],
    basis: [
      { law: '中华人民共和国民事诉讼法', article: 219, paragraph: 1 },
      { law: '中华人民共和国民事诉讼法', article: 211, item: 2 },
    ],
    attachments: ['检察卷宗一册'],
    decidedOn: '2026-11-30',
  },
};

/** What the text of each rendered document must contain (names, amounts, dates). */
export type Expectation = {
  readonly names: readonly string[];
  readonly amounts: readonly { readonly digits: string; readonly capitals?: string }[];
  readonly dates: readonly string[];
};

const SIGNED = '二〇二六年十一月二十九日';

export const expectations: { [K in DocumentTemplateId]: Expectation } = {
  'assistance.approvalForm': {
    names: ['张建国', '陈静'],
    amounts: [{ digits: '36,000.00', capitals: '叁万陆仟元整' }, { digits: '9,000.00' }],
    dates: ['二〇二六年十一月二十日', '1980年3月7日'],
  },
  'assistance.decision': {
    names: ['张建国'],
    amounts: [{ digits: '36,000.00', capitals: '叁万陆仟元整' }],
    dates: [SIGNED, '2026年10月8日'],
  },
  'assistance.refusalNotice': { names: ['赵小军'], amounts: [], dates: [SIGNED, '2026年9月15日'] },
  'reconciliation.agreement': {
    names: ['王秀兰', '李德明'],
    amounts: [
      { digits: '36,000.50', capitals: '叁万陆仟元零伍角整' },
      { digits: '20,000.00', capitals: '贰万元整' },
      { digits: '16,000.50', capitals: '壹万陆仟元零伍角整' },
    ],
    dates: ['2026年12月31日', '2027年2月28日'],
  },
  'review.terminationDecision': {
    names: ['王秀兰', '李德明'],
    amounts: [],
    dates: [SIGNED, '2026年8月12日', '2026年11月18日'],
  },
  'supervision.notSupportedDecision': {
    names: ['王秀兰', '李德明'],
    amounts: [{ digits: '36,000' }, { digits: '52,000' }],
    dates: [SIGNED, '2026年8月12日'],
  },
  'reasoning.record': {
    names: ['王秀兰', '陈静', '刘洋', '周海峰'],
    amounts: [],
    dates: ['2026年12月2日9时30分'],
  },
  'hearing.notice': {
    names: ['王秀兰', '陈静', '周海峰', '吴丽娟', '孙志强'],
    amounts: [],
    dates: ['二〇二六年十二月三日', '2026年12月10日9时00分'],
  },
  'hearing.transcript': {
    names: ['王秀兰', '李德明', '陈静', '周海峰', '刘洋'],
    amounts: [],
    dates: ['2026年12月10日9时00分'],
  },
  'hearing.deliberation': {
    names: ['陈静', '周海峰', '吴丽娟', '孙志强', '刘洋'],
    amounts: [{ digits: '36,000' }],
    dates: ['2026年12月10日10时30分'],
  },
  'support.opinion': {
    names: ['王秀兰', '合肥恒达建筑劳务有限公司', '何永福'],
    amounts: [{ digits: '28,600.00', capitals: '贰万捌仟陆佰元整' }],
    dates: [SIGNED, '2026年11月2日'],
  },
  'recommendation.letter': {
    names: ['合肥市包河区人力资源和社会保障局'],
    amounts: [{ digits: '612,400' }],
    dates: [SIGNED],
  },
  'protest.protest': {
    names: [
      '王秀兰',
      '合肥恒达建筑劳务有限公司',
      '安徽省合肥市中级人民法院',
      '（2025）皖0111民初4521号',
    ],
    amounts: [{ digits: '36,000' }],
    dates: ['二〇二六年十一月三十日'],
  },
};
