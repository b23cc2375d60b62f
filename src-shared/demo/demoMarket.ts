/**
 * Demo scenarios of focal points 2, 3, 4 and 10: finance and real estate, counterfeit food and
 * drugs, personal information, and the environment (mostly public-interest litigation).
 */
import type { DemoScenario } from './demoScenario';
import { paragraphs } from './demoScenario';

/** 民事生效裁判监督 of a small-loan judgment that upheld "砍头息" and excessive charges. */
const smallLoan: DemoScenario = (kit) => {
  const lender = kit.org('organisation', 'finance');
  const lead = kit.person({
    role: 'applicant',
    age: [28, 62],
    occupation: kit.pick(['个体经营', '务农', '货车司机', '个体工商户']),
  });
  const guarantor = kit.chance(0.5)
    ? kit.person({ role: 'otherParty', age: [28, 62], occupation: '个体经营' })
    : undefined;
  const judgment = kit.courtCase('民初', kit.int(1, 2));
  const principal = kit.amount(50000, 600000, 10000);
  const fee = kit.amount(3000, 30000, 500);
  return {
    title: `${lead.name}与${lender.name}${kit.pick(['借款合同纠纷', '小额借款合同纠纷', '融资租赁合同纠纷'])}民事生效裁判监督案`,
    caseType: 'civilJudgment',
    focalPoint: 'financeRealEstate',
    source: 'application',
    parties: guarantor ? [lead, lender, guarantor] : [lead, lender],
    courtCases: [judgment],
    claims: `请求检察机关对${kit.basicCourt}${judgment.number}民事判决提出再审检察建议，依法扣除预先收取的费用${fee}元，并调减超出法律保护上限的利息及罚息。`,
    facts: paragraphs(
      `${kit.dayBefore(kit.int(30, 40))}，${lead.name}因经营需要向${lender.name}借款${principal}元，合同约定月利率${kit.pick(['1.5', '1.8', '2'])}%，另以"咨询服务费""担保费"名义在放款时预先扣除${fee}元。${lead.name}按期归还部分本息后因经营困难逾期。`,
      `${lender.name}向${kit.basicCourt}提起诉讼，该院作出${judgment.number}民事判决，判令${lead.name}按合同约定偿还本金、利息及逾期罚息${guarantor ? `，${guarantor.name}承担连带保证责任` : ''}。判决生效后，${lead.name}认为原判未扣除预先收取的费用、支持的综合资金成本超出法定上限，向本院申请监督。`,
      `本院审查认为，原判未按实际出借金额认定借款本金，支持的利息、罚息及各项费用之和明显超过合同成立时一年期贷款市场报价利率四倍，适用法律确有错误，拟向原审法院提出再审检察建议。`,
    ),
  };
};

/** Home buyers whose flats were never delivered: enforcement or trial-conduct supervision. */
const homeBuyers: DemoScenario = (kit) => {
  const developer = kit.org('organisation', 'developer');
  const buyers = Array.from({ length: kit.int(1, 3) }, () =>
    kit.person({
      role: 'applicant',
      age: [26, 66],
      occupation: (age) => (age >= 60 ? '退休' : kit.pick(['职员', '教师', '个体经营', '务工'])),
    }),
  );
  const lead = buyers[0]?.name ?? '';
  const households = kit.int(buyers.length + 1, 86);
  const isEnforcement = kit.chance(0.5);
  const judgment = kit.courtCase('民初', kit.int(1, 2));
  const project = kit.project().replace('项目', '');
  return {
    title: `${lead}等${households}户购房人与${developer.name}商品房预售合同纠纷${isEnforcement ? '执行监督案' : '审判程序违法监督案'}`,
    caseType: isEnforcement ? 'civilEnforcement' : 'civilTrialConduct',
    focalPoint: 'financeRealEstate',
    source: 'application',
    parties: [...buyers, developer],
    courtCases: isEnforcement ? [judgment, kit.courtCase('执', 1)] : [judgment],
    claims: isEnforcement
      ? `请求检察机关监督${kit.basicCourt}依法执行${judgment.number}民事判决，保障已支付全部价款的购房人的房屋交付请求权，督促${developer.name}交付房屋并办理不动产权证书。`
      : `请求检察机关对${kit.basicCourt}在审理系列商品房预售合同纠纷案件中拆分审理、久拖不决的问题依法监督。`,
    facts: paragraphs(
      `${kit.year - kit.int(3, 5)}年，${lead}等${households}户购房人与${developer.name}签订《商品房买卖合同》，购买其开发的${project}住宅，合同约定于${kit.monthsBefore(kit.int(18, 30))}前交付房屋。购房人已按约支付全部购房款，但该项目因资金链断裂长期停工，至今未能交付。`,
      isEnforcement
        ? `购房人起诉后，${kit.basicCourt}判决${developer.name}继续履行合同并支付逾期交房违约金。判决生效后，该院在执行中拟将在建工程拍卖款优先清偿抵押权人债务，未依法保障已支付全部价款的消费者购房人的权利。`
        : `购房人陆续起诉后，${kit.basicCourt}将同一项目的${kit.int(12, 60)}件案件分别交由不同审判人员审理，部分案件立案后逾一年未开庭，庭审中亦未依法通知其他购房人参加诉讼。`,
      `本院认为，本案涉及群体性购房人民生权益，处理不当易引发矛盾激化。本院拟在依法监督的同时，协调住建部门、属地政府及项目债权人召开联席会议，推动"保交楼"工作，实质性化解纠纷。`,
    ),
    typeDetails: {
      kind: 'housing',
      disputeKind: 'deliveryDelay',
      projectName: project,
      developer: developer.name,
      householdCount: households,
    },
  };
};

const PRODUCTS: readonly (readonly [string, string])[] = [
  ['固体饮料', '西药成分格列本脲'],
  ['压片糖果', '西地那非'],
  ['代用茶', '苯乙双胍'],
  ['酵素饮品', '超标重金属铅'],
];

/** 公益诉讼 on food sold through live streams (focal point 3). */
const liveStreamFood: DemoScenario = (kit) => {
  const seller = kit.org('respondent', 'retail');
  const operator = kit.person({
    role: 'respondent',
    age: [24, 50],
    occupation: '网络主播',
    employer: seller.name,
  });
  const maker = kit.chance(0.5) ? kit.org('otherParty', 'factory', kit.homeCounty()) : undefined;
  const [product, substance] = kit.pick(PRODUCTS);
  const sales = kit.amount(80000, 2400000, 1000);
  const regulator = `${kit.place}市场监督管理局`;
  return {
    title: kit.chance(0.5)
      ? `${seller.name}网络销售不符合食品安全标准食品公益诉讼案`
      : `${operator.name}直播带货销售有毒有害食品公益诉讼案`,
    caseType: 'publicInterest',
    focalPoint: 'counterfeitFoodDrug',
    source: kit.chance(0.5) ? 'exOfficio' : 'lead',
    parties: maker ? [seller, operator, maker] : [seller, operator],
    courtCases: kit.chance(0.4) ? [kit.courtCase('刑初', 0)] : [],
    adminOrgan: regulator,
    claims: `督促${regulator}依法履行食品安全监管职责；对侵害众多消费者合法权益的行为提起民事公益诉讼，请求判令${seller.name}、${operator.name}支付销售价款十倍的惩罚性赔偿金${sales * 10}元，并在国家级媒体公开赔礼道歉。`,
    facts: paragraphs(
      `本院在履职中发现，${seller.name}自${kit.monthsBefore(kit.int(10, 20))}起通过网络直播间销售标称具有"降血糖""增强免疫力"功效的${product}，累计销售${kit.int(2, 40)}千余件，销售金额${sales}元。经抽样检验，该产品检出${substance}，不符合食品安全国家标准。`,
      `经调查，${operator.name}作为实际经营者，明知产品来源不明、无合格证明，仍以夸大宣传方式向中老年消费者销售，消费者遍及全国${kit.int(8, 28)}个省份，侵害了众多不特定消费者的合法权益，损害社会公共利益。`,
      `本院已立案调查，向${regulator}制发诉前检察建议，并就民事公益诉讼部分依法履行公告程序。公告期满后如无适格主体提起诉讼，本院将依法向${kit.intermediateCourt}提起民事公益诉讼。`,
    ),
    typeDetails: {
      kind: 'foodDrug',
      productKind: 'food',
      productName: product,
      salesChannel: 'liveStream',
      amountInvolved: sales,
    },
  };
};

const APPS: readonly string[] = [
  '"掌上借"',
  '"快乐清理"',
  '"邻里优选"',
  '"天天记账"',
  '"智慧停车"',
];

/** 公益诉讼 on personal information sold for telemarketing (focal point 4). */
const personalInfo: DemoScenario = (kit) => {
  const company = kit.org('respondent', 'tech');
  const manager = kit.person({
    role: 'respondent',
    age: [25, 48],
    occupation: '公司负责人',
    employer: company.name,
  });
  const buyer = kit.chance(0.6)
    ? kit.person({ role: 'otherParty', age: [25, 55], occupation: '电话营销' })
    : undefined;
  const records = kit.int(3, 90);
  return {
    title: `${company.name}违法收集使用公民个人信息公益诉讼案`,
    caseType: 'publicInterest',
    focalPoint: 'personalInformation',
    source: kit.chance(0.6) ? 'lead' : 'exOfficio',
    parties: buyer ? [company, manager, buyer] : [company, manager],
    courtCases: [kit.courtCase('刑初', 0)],
    claims: `请求判令${company.name}立即停止违法收集、使用公民个人信息的行为，删除已非法获取的个人信息${records}万余条，在省级以上媒体公开赔礼道歉，并承担损害赔偿金${kit.amount(50000, 900000, 1000)}元。`,
    facts: paragraphs(
      `本院在办理${manager.name}侵犯公民个人信息刑事案件中发现，${company.name}通过其开发的${kit.pick(APPS)}手机应用程序，在未告知用户、未取得单独同意的情况下收集通讯录、位置、人脸识别等敏感个人信息，并将${records}万余条信息出售${buyer ? `给${buyer.name}等人` : '他人'}用于电话营销。`,
      `经审查，上述行为违反《中华人民共和国个人信息保护法》关于处理敏感个人信息的规定，侵害了众多不特定自然人的个人信息权益，损害社会公共利益。本院委托专业机构对涉案数据进行了去重与核验。`,
      `本院已依法履行诉前公告程序，并向网信、公安部门通报情况，推动涉案应用程序下架整改，拟对${company.name}提起刑事附带民事公益诉讼。`,
    ),
  };
};

const POLLUTION: readonly (readonly [string, string])[] = [
  ['非法排放污水污染环境', '未经处理的生产废水经暗管直排入附近河道，致下游鱼类死亡'],
  ['非法倾倒固体废物', '将含有危险废物的生产废渣倾倒于村庄附近林地，面积约三千平方米'],
  ['非法采砂破坏生态资源', '在禁采区内使用吸砂船非法采砂，破坏河床结构及水生生物栖息地'],
];

/** 公益诉讼 for environmental damage (focal point 10). */
const environment: DemoScenario = (kit) => {
  const company = kit.org('respondent', 'industry');
  const boss = kit.person({
    role: 'respondent',
    age: [32, 62],
    maleShare: 0.9,
    occupation: '实际经营者',
    employer: company.name,
  });
  const [harm, detail] = kit.pick(POLLUTION);
  const bureau = `${kit.unit.city}生态环境局${kit.unit.county}分局`;
  const withBureau = kit.chance(0.5);
  return {
    title: `${company.name}${harm}公益诉讼案`,
    caseType: 'publicInterest',
    focalPoint: 'environment',
    source: kit.chance(0.5) ? 'lead' : 'exOfficio',
    parties: withBureau ? [company, boss, kit.organ(bureau, 'otherParty')] : [company, boss],
    courtCases: [],
    adminOrgan: bureau,
    claims: `请求判令${company.name}、${boss.name}承担生态环境修复费用${kit.amount(100000, 3000000, 1000)}元及生态环境服务功能损失、鉴定评估费用，并公开赔礼道歉。`,
    facts: paragraphs(
      `${kit.monthsBefore(kit.int(6, 18))}以来，${company.name}在${kit.place}${kit.pick(['经济开发区', '工业集中区'])}生产经营期间，${detail}。群众多次通过12345热线反映，本院在"河湖长+检察长"协作机制中获取该线索。`,
      `本院委托鉴定机构对受损区域进行采样和评估，认定其行为造成生态环境损害，${boss.name}作为实际经营者对排污行为负有直接责任。本院已向${bureau}制发诉前检察建议，督促其依法查处。`,
      `鉴于生态环境损害尚未得到有效修复，本院拟依法提起民事公益诉讼，同时探索"补植复绿""增殖放流"等替代性修复方式，确保受损生态环境得到及时修复。`,
    ),
  };
};

export const MARKET_SCENARIOS: readonly (readonly [DemoScenario, number])[] = [
  [smallLoan, 5],
  [homeBuyers, 4],
  [liveStreamFood, 4],
  [personalInfo, 3],
  [environment, 3],
];
