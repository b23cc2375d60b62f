/**
 * Demo scenarios of focal point 1 (workers' rights), weighted toward wage arrears of migrant
 * workers, which make up most of the special action's support-for-prosecution cases (DOMAIN.md §1.3).
 */
import type { VulnerableFlag } from '../domain/codes';
import type { DemoKit, PartyInput } from './demoKit';
import type { DemoScenario } from './demoScenario';
import { HARDSHIPS, assistanceReview, paragraphs, workersPhrase } from './demoScenario';

const TRADES: readonly string[] = [
  '钢筋工',
  '木工',
  '瓦工',
  '架子工',
  '电焊工',
  '水电安装工',
  '小工',
];
const INJURIES: readonly string[] = [
  '腰椎压缩性骨折',
  '左胫腓骨骨折',
  '右手三指离断伤',
  '颅脑损伤',
  '多发肋骨骨折',
];

/** Wage arrears on a building site: the lead worker, up to two co-workers and the employer. */
function wageSite(kit: DemoKit, flags: readonly VulnerableFlag[] = ['migrantWorker']) {
  const r = kit.rng.next();
  const count = r < 0.15 ? 1 : r < 0.5 ? kit.int(2, 5) : r < 0.9 ? kit.int(6, 20) : kit.int(21, 46);
  const home = kit.chance(0.6) ? kit.homeCounty() : kit.unit;
  const trade = kit.pick(TRADES);
  const employer = kit.org('organisation', 'construction');
  const worker = (): PartyInput =>
    kit.person({
      role: 'applicant',
      age: [22, 62],
      maleShare: 0.85,
      home,
      isRural: true,
      occupation: trade,
      employer: employer.name,
      flags,
    });
  const workers = [worker()];
  const listed = Math.min(count - 1, kit.int(0, 2));
  for (let i = 0; i < listed; i++) workers.push(worker());
  const lead = workers[0]?.name ?? '';
  return {
    count,
    home,
    trade,
    employer,
    workers,
    lead,
    phrase: workersPhrase(lead, count),
    project: kit.project(),
    amount: count * kit.amount(6000, 32000),
  };
}

/** The wage-arrears card of a site: the figures its facts and claims state, nothing drawn anew. */
function wageCard(s: ReturnType<typeof wageSite>, place: string, contractor?: string) {
  return {
    kind: 'wageArrears' as const,
    workerCount: s.count,
    amountOwed: s.amount,
    employer: s.employer.name,
    projectName: `${place}${s.project}`,
    ...(contractor ? { contractor } : {}),
  };
}

/** 支持起诉: the most common livelihood case of the special action. */
const wageSupport: DemoScenario = (kit) => {
  const s = wageSite(kit);
  const boss = kit.chance(0.5)
    ? kit.person({
        role: 'respondent',
        age: [30, 58],
        maleShare: 0.95,
        occupation: '劳务班组负责人',
      })
    : undefined;
  const contractor = kit.chance(0.3) ? kit.org('otherParty', 'construction') : undefined;
  const parties = [...s.workers, s.employer];
  if (boss) parties.push(boss);
  if (contractor && parties.length < 5) parties.push(contractor);
  const isLead = kit.chance(0.3);
  const hirer = boss ? boss.name : `${s.employer.name}项目部`;
  const title =
    s.count === 1
      ? `${s.lead}追索劳动报酬支持起诉案`
      : kit.chance(0.65)
        ? `${s.lead}等${s.count}名农民工追索劳动报酬案`
        : `${s.lead}等${s.count}人追索劳动报酬支持起诉案`;
  const first = kit.chance(0.5)
    ? `${kit.monthsBefore(kit.int(14, 30))}至${kit.monthsBefore(kit.int(4, 12))}，${s.phrase}经${hirer}招用，在${s.employer.name}承建的${kit.place}${s.project}从事${s.trade}等工作，双方未签订书面劳动合同，约定工资按月记工、年底结清。工程完工后，经结算尚欠${s.phrase}工资共计${s.amount}元，至今未予支付。`
    : `${s.phrase}系${s.home.city}${s.home.county}籍务工人员，自${kit.monthsBefore(kit.int(14, 30))}起在${kit.place}${s.project}工地务工，由${hirer}负责考勤与发放工资。项目主体完工后，${s.employer.name}以工程款尚未结算为由拖欠工资，经双方对账确认欠付金额为${s.amount}元。`;
  const second = isLead
    ? `本院在运行"欠薪线索大数据法律监督模型"时，比对劳动保障监察投诉数据与在建工程项目信息发现该案线索，经与人社部门会商后依职权开展调查，调取了考勤表、工资表、微信聊天记录及还款承诺书等证据。`
    : `${s.phrase}多次讨要未果，于${kit.monthsBefore(kit.int(1, 3))}向${kit.countyWord}人力资源和社会保障局劳动保障监察大队投诉，经调解${s.employer.name}出具了还款承诺书，但仍未按期履行。申请人多为外出务工人员，缺乏诉讼能力，无力聘请律师，遂向本院申请支持起诉。`;
  const third = `本院审查认为，${s.phrase}与${s.employer.name}之间存在事实劳动关系，欠薪事实清楚、证据充分，申请人属于需要特殊保护的农民工群体，符合支持起诉条件。本院拟向${kit.basicCourt}发出支持起诉意见书，同时开展释法说理和诉前调解工作。`;
  return {
    title,
    caseType: 'supportProsecution',
    focalPoint: 'workers',
    source: isLead ? 'lead' : 'application',
    parties,
    courtCases: [],
    claims: `请求检察机关支持${s.phrase}向人民法院提起诉讼，判令${s.employer.name}支付拖欠的劳动报酬共计人民币${s.amount}元${boss ? `，${boss.name}承担连带清偿责任` : ''}，并承担本案诉讼费用。`,
    facts: paragraphs(
      first,
      second,
      third,
      kit.chance(0.5) &&
        `另查明，${s.lead}家中有${kit.int(3, 6)}口人，${kit.pick(HARDSHIPS)}，因被拖欠工资生活陷入困难。`,
    ),
    typeDetails: wageCard(s, kit.place, contractor?.name ?? boss?.name),
  };
};

/** 执行监督: the wage judgment was won but never paid. */
const wageEnforcement: DemoScenario = (kit) => {
  const s = wageSite(kit);
  const judgment = kit.courtCase('民初', kit.int(1, 2));
  const enforcement = kit.courtCase('执', kit.int(0, 1));
  const stalled = kit.chance(0.5)
    ? `执行过程中，该院仅通过网络查控系统查询被执行人银行账户，未对其名下车辆、应收工程款等财产线索进行调查，即以"未发现可供执行的财产"为由裁定终结本次执行程序，申请人提供的被执行人仍在承接其他工程的线索未得到核实。`
    : `执行立案后逾${kit.int(7, 14)}个月，该院未向申请人反馈执行进展，也未对被执行人及其法定代表人采取限制消费、纳入失信被执行人名单等措施，执行款至今分文未到位。`;
  return {
    title:
      s.count === 1
        ? `${s.lead}与${s.employer.name}追索劳动报酬纠纷执行监督案`
        : `${s.lead}等${s.count}人与${s.employer.name}劳动争议执行监督案`,
    caseType: 'civilEnforcement',
    focalPoint: 'workers',
    source: 'application',
    parties: [...s.workers, s.employer],
    courtCases: [judgment, enforcement],
    claims: `请求检察机关对${kit.basicCourt}在${enforcement.number}案件中的执行活动依法监督，督促其采取查封、冻结等强制执行措施，尽快兑现${s.phrase}的劳动报酬${s.amount}元。`,
    facts: paragraphs(
      `${s.phrase}与${s.employer.name}追索劳动报酬纠纷一案，${kit.basicCourt}作出${judgment.number}民事判决，判令${s.employer.name}支付劳动报酬${s.amount}元。判决生效后，${s.employer.name}未履行义务，${s.lead}申请强制执行，该院立案执行，案号为${enforcement.number}。`,
      stalled,
      `本院调阅执行卷宗后认为，该院在执行中存在财产调查不到位、怠于采取强制措施等问题，拟依据《人民检察院民事诉讼监督规则》的规定向${kit.basicCourt}发出检察建议，并跟踪监督整改落实情况。`,
    ),
    typeDetails: wageCard(s, kit.place),
  };
};

const NEW_JOBS: readonly (readonly [string, string])[] = [
  ['外卖骑手', '外卖配送'],
  ['网约车司机', '网约车运营'],
  ['快递员', '快递收派'],
  ['跑腿配送员', '同城跑腿配送'],
];

/** 民事生效裁判监督 for a worker in a new form of employment (platform work). */
const platformWorker: DemoScenario = (kit) => {
  const [occupation, work] = kit.pick(NEW_JOBS);
  const platform = kit.org('organisation', 'platform');
  const agency = kit.org('otherParty', 'staffing');
  const lead = kit.person({
    role: 'applicant',
    age: [20, 50],
    maleShare: 0.8,
    occupation,
    employer: agency.name,
    flags: kit.chance(0.5) ? ['migrantWorker'] : [],
  });
  const first = kit.courtCase('民初', 2);
  const appeal = kit.courtCase('民终', 1);
  const amount = kit.amount(30000, 260000);
  return {
    title: `${lead.name}与${platform.name}${kit.chance(0.5) ? '确认劳动关系纠纷' : '劳动争议纠纷'}民事生效裁判监督案`,
    caseType: 'civilJudgment',
    focalPoint: 'workers',
    source: 'application',
    parties: [lead, platform, agency],
    courtCases: [first, appeal],
    claims: `请求检察机关对${kit.intermediateCourt}${appeal.number}民事判决依法提请抗诉或提出再审检察建议，确认${lead.name}与${platform.name}之间存在劳动关系，并由其支付工伤保险待遇及经济补偿共计${amount}元。`,
    facts: paragraphs(
      `${lead.name}自${kit.monthsBefore(kit.int(30, 48))}起通过${platform.name}运营的平台从事${work}工作，每日在线时间超过10小时，接受站点考勤、派单与奖惩管理，报酬由${agency.name}按月发放。${kit.monthsBefore(kit.int(24, 28))}，${lead.name}在工作途中发生交通事故受伤，经鉴定构成${kit.pick(['九', '十', '八'])}级伤残。`,
      `${lead.name}申请劳动仲裁被驳回后向${kit.basicCourt}起诉，一审判决驳回其诉讼请求；${lead.name}不服提起上诉，${kit.intermediateCourt}作出${appeal.number}民事判决，驳回上诉、维持原判。${lead.name}申请再审被驳回后，向本院申请监督。`,
      `本院审查认为，原审判决对平台用工中劳动管理从属性的认定存在偏差，对站点考勤记录、奖惩制度等关键证据未予充分审查，可能存在认定事实的主要证据不足、适用法律确有错误的情形，需进一步调阅原审卷宗并听取各方意见。`,
    ),
  };
};

/** 行政诉讼监督 of a refused work-injury recognition. */
const workInjury: DemoScenario = (kit) => {
  const employer = kit.org('otherParty', 'construction');
  const lead = kit.person({
    role: 'applicant',
    age: [25, 60],
    maleShare: 0.9,
    isRural: true,
    occupation: kit.pick(TRADES),
    employer: employer.name,
    flags: ['migrantWorker'],
  });
  const organName = `${kit.place}人力资源和社会保障局`;
  const organ = kit.organ(organName);
  const judgment = kit.courtCase('行初', kit.int(1, 2));
  const appeal = kit.chance(0.4) ? kit.courtCase('行终', 1) : undefined;
  const ruling = appeal ?? judgment;
  return {
    title: `${lead.name}诉${kit.countyWord}人社局工伤认定行政诉讼监督案`,
    caseType: 'administrative',
    focalPoint: 'workers',
    source: 'application',
    parties: [lead, organ, employer],
    courtCases: appeal ? [judgment, appeal] : [judgment],
    adminOrgan: organName,
    claims: `请求检察机关对${ruling.court ?? ''}${ruling.number}行政判决依法监督，撤销${organName}作出的不予认定工伤决定，责令其重新作出工伤认定。`,
    facts: paragraphs(
      `${lead.name}系${employer.name}承建项目的施工人员，${kit.dayBefore(kit.int(20, 30))}在${kit.project()}施工作业时从脚手架坠落受伤，经医院诊断为${kit.pick(INJURIES)}。${lead.name}向${organName}申请工伤认定，该局以"申请人与用人单位之间劳动关系证据不足"为由作出不予认定工伤决定。`,
      `${lead.name}不服，提起行政诉讼，法院作出${ruling.number}行政判决，驳回其诉讼请求。${lead.name}认为其虽由包工头招用，但接受项目部管理，依法应由具备用工主体资格的承包单位承担工伤保险责任，原判适用法律错误，遂向本院申请监督。`,
      `本院受理后调阅了原审卷宗，走访了项目部和部分工友，并召开公开听证会听取各方意见。本院认为，该案涉及农民工工伤权益保障，拟在依法监督的同时推动行政争议实质性化解，促成${organName}与用人单位协商解决${lead.name}的工伤待遇问题。`,
    ),
  };
};

/** 国家司法救助 for a migrant worker whose wage judgment could not be enforced. */
const wageAssistance: DemoScenario = (kit) => {
  const s = wageSite(kit, ['migrantWorker', 'ruralHardship']);
  const lead = s.workers[0];
  const judgment = kit.courtCase('民初', 2);
  const enforcement = kit.courtCase('执', 1);
  const parties: PartyInput[] = lead ? [lead, s.employer] : [s.employer];
  if (kit.chance(0.4))
    parties.push(
      kit.person({
        role: 'closeRelative',
        age: [25, 60],
        occupation: '务农',
        home: s.home,
        isRural: true,
      }),
    );
  return {
    title: `${s.lead}申请国家司法救助案`,
    caseType: 'judicialAssistance',
    focalPoint: 'judicialAssistance',
    source: 'application',
    parties,
    courtCases: [judgment, enforcement],
    claims: `请求给予国家司法救助，以缓解因欠薪案件执行不能导致的家庭生活急迫困难。`,
    facts: paragraphs(
      `${s.lead}系${s.home.city}${s.home.county}农民，常年在外务工。其与${s.employer.name}追索劳动报酬纠纷一案，经${kit.basicCourt}${judgment.number}民事判决确认${s.employer.name}应支付其劳动报酬${Math.round(s.amount / s.count)}元。因被执行人无可供执行财产，该院裁定终结本次执行程序，${s.lead}仅获得执行款${kit.amount(0, 3000)}元。`,
      `经本院入户调查核实，${s.lead}家庭共有${kit.int(3, 6)}口人，${kit.pick(HARDSHIPS)}，家庭年收入不足${kit.amount(8000, 20000, 1000)}元，已被纳入${kit.pick(['农村低保', '防止返贫监测对象', '特困供养'])}范围。因工资无法兑现，家庭生活陷入急迫困难。`,
      assistanceReview(kit, s.lead),
    ),
  };
};

/** 信访: a wage complaint at the 12309 service centre. */
const wagePetition: DemoScenario = (kit) => {
  const s = wageSite(kit);
  return {
    title: `${s.lead}反映${s.employer.name}拖欠工资问题信访案`,
    caseType: 'petition',
    focalPoint: 'workers',
    source: 'complaint',
    parties: [...s.workers, s.employer],
    courtCases: [],
    claims: `请求检察机关督促有关部门依法处理${s.employer.name}拖欠${s.phrase}工资问题，尽快支付工资${s.amount}元。`,
    facts: paragraphs(
      `${kit.dayBefore(0)}，${s.lead}到本院12309检察服务中心来访，反映${s.phrase}在${kit.place}${s.project}务工期间被拖欠工资${s.amount}元，多次讨要无果，情绪较为激动。`,
      `本院控告申诉检察部门接待后，按照"群众信访件件有回复"的要求在七日内告知其信访件已收到并正在办理。经初步核查，该项目已被人社部门列入欠薪重点监控名单，${s.employer.name}法定代表人下落不明。`,
      `本院认为，该线索可能涉嫌拒不支付劳动报酬犯罪，拟将线索移送公安机关并开展立案监督，同时引导${s.phrase}依法申请劳动仲裁，必要时依法支持起诉，并在三个月内答复办理结果。`,
    ),
    typeDetails: wageCard(s, kit.place),
  };
};

const VIOLATIONS: readonly (readonly [string, string])[] = [
  ['超过法定审限未作出裁判', '立案后逾十个月未开庭审理，亦无延长审限的审批手续'],
  ['未依法送达开庭传票即缺席判决', '送达回证上无受送达人签名，公告送达前亦未穷尽其他送达方式'],
  ['违法适用简易程序', '案件事实争议较大、当事人众多，却适用简易程序并由审判员一人独任审理'],
];

/** 民事审判程序违法监督 in a wage case. */
const wageTrialConduct: DemoScenario = (kit) => {
  const s = wageSite(kit);
  const [violation, detail] = kit.pick(VIOLATIONS);
  const trial = kit.courtCase('民初', kit.int(0, 1));
  return {
    title: `${s.lead}与${s.employer.name}劳动争议案审判程序违法监督案`,
    caseType: 'civilTrialConduct',
    focalPoint: 'workers',
    source: kit.chance(0.7) ? 'application' : 'complaint',
    parties: [...s.workers, s.employer],
    courtCases: [trial],
    claims: `请求检察机关对${kit.basicCourt}在审理${trial.number}案件中${violation}的违法情形依法监督。`,
    facts: paragraphs(
      `${s.phrase}与${s.employer.name}劳动争议一案，${kit.basicCourt}立案受理，案号为${trial.number}，涉及劳动报酬${s.amount}元。`,
      `${s.lead}反映，该院在审理过程中${violation}，致使其合法权益长期得不到保护。本院调阅审判卷宗发现，该案${detail}。`,
      `本院认为，该院审判程序存在违法情形，拟依据民事诉讼法及《人民检察院民事诉讼监督规则》的规定向${kit.basicCourt}发出纠正违法检察建议，督促其规范审判活动并尽快审结案件。`,
    ),
    typeDetails: wageCard(s, kit.place),
  };
};

/** Labour scenarios with their weights (out of roughly 100 over all scenarios). */
export const LABOUR_SCENARIOS: readonly (readonly [DemoScenario, number])[] = [
  [wageSupport, 22],
  [wageEnforcement, 6],
  [platformWorker, 5],
  [workInjury, 5],
  [wageAssistance, 6],
  [wagePetition, 3],
  [wageTrialConduct, 2],
];
