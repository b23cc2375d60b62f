/**
 * Demo scenarios of focal points 5–9, 11 and "other": judicial assistance for crime and fraud
 * victims, social insurance, the elderly, minors and women, servicemen and martyrs, rural
 * affairs, and petitions about other livelihood matters.
 */
import { surnameOf } from './demoKit';
import type { PartyInput } from './demoKit';
import { SURNAMES } from './demoPeople';
import type { DemoScenario } from './demoScenario';
import { HARDSHIPS, assistanceReview, paragraphs } from './demoScenario';

const CRIMES: readonly (readonly [string, string])[] = [
  ['故意伤害', '持械殴打，致其颅骨骨折、构成重伤二级'],
  ['交通肇事', '驾驶机动车撞击，致其双下肢多处骨折、构成八级伤残'],
  ['抢劫', '持刀抢劫，致其腹部刺伤、脾脏切除'],
];

/** 国家司法救助 for a victim of violent crime, or a close relative applying for them. */
const crimeVictim: DemoScenario = (kit) => {
  const [crime, harm] = kit.pick(CRIMES);
  const victim = kit.person({
    role: 'victim',
    age: [8, 75],
    flags: kit.chance(0.3) ? ['disabled'] : [],
  });
  const byRelative = (victim.flags ?? []).includes('minor') || kit.chance(0.3);
  const relative = byRelative
    ? kit.person({
        role: 'applicant',
        age: [30, 65],
        occupation: '务农',
        isRural: true,
        flags: ['ruralHardship'],
      })
    : undefined;
  const offender = kit.person({
    role: 'respondent',
    age: [20, 55],
    maleShare: 0.9,
    occupation: '无业',
  });
  const applicant = relative ?? { ...victim, role: 'applicant' as const };
  const criminal = kit.courtCase('刑初', 1);
  const damages = kit.amount(40000, 400000, 100);
  return {
    title: `${applicant.name}申请国家司法救助案`,
    caseType: 'judicialAssistance',
    focalPoint: 'judicialAssistance',
    source: 'application',
    parties: relative ? [relative, victim, offender] : [applicant, offender],
    courtCases: [criminal],
    claims: `请求给予国家司法救助，解决${relative ? `被害人${victim.name}` : '本人'}因犯罪侵害造成的医疗费用和家庭生活急迫困难。`,
    facts: paragraphs(
      `${kit.dayBefore(kit.int(14, 26))}，${victim.name}在${kit.place}遭${offender.name}${harm}。${kit.basicCourt}作出${criminal.number}刑事附带民事判决，以${crime}罪判处${offender.name}有期徒刑${kit.int(2, 12)}年，并判令其赔偿经济损失${damages}元。`,
      `因${offender.name}家庭经济困难、无赔偿能力，附带民事部分经执行仅到位${kit.amount(0, 8000)}元。${relative ? `申请人${relative.name}系${victim.name}的近亲属，` : ''}被害人${kit.pick(HARDSHIPS)}，已花费医疗费用${kit.amount(20000, 160000)}元，后续治疗费用无着，生活陷入急迫困难。`,
      assistanceReview(kit, applicant.name),
    ),
  };
};

const PRETEXTS: readonly string[] = [
  '"公检法"办案人员，以其涉嫌洗钱需要"资金核查"',
  '"电商客服"，以"注销校园贷""退还赔偿款"',
  '"投资导师"，以高额返利的"理财项目"',
];

/** 国家司法救助 for an elderly victim of telecom fraud (focal point 9). */
const fraudVictim: DemoScenario = (kit) => {
  const lead = kit.person({
    role: 'applicant',
    age: [55, 82],
    occupation: (age) => (age >= 60 ? kit.pick(['退休', '务农']) : kit.pick(['务农', '无业'])),
  });
  const offenders = Array.from({ length: kit.int(1, 2) }, () =>
    kit.person({ role: 'respondent', age: [19, 40], maleShare: 0.8, occupation: '无业' }),
  );
  const criminal = kit.courtCase('刑初', kit.int(0, 1));
  return {
    title: `${lead.name}电信网络诈骗被害人申请国家司法救助案`,
    caseType: 'judicialAssistance',
    focalPoint: 'telecomFraud',
    source: kit.chance(0.7) ? 'application' : 'lead',
    parties: [lead, ...offenders],
    courtCases: [criminal],
    claims: '请求给予国家司法救助，帮助其渡过因被诈骗失去全部积蓄而陷入的生活困境。',
    facts: paragraphs(
      `${kit.dayBefore(kit.int(12, 24))}，${lead.name}接到自称${kit.pick(PRETEXTS)}为由的陌生来电，被诱导通过手机银行向指定账户转账共计${kit.amount(30000, 300000)}元，其中包括为老伴治病准备的全部积蓄。`,
      `公安机关侦破案件后，${kit.basicCourt}以诈骗罪、帮助信息网络犯罪活动罪判处${offenders.map((o) => o.name).join('、')}有期徒刑，并责令退赔被害人损失。因主犯在境外、到案被告人无财产可供执行，${lead.name}仅获退赔${kit.amount(0, 5000)}元。`,
      assistanceReview(kit, lead.name) + '同时联合公安、金融机构开展反诈宣传进社区活动。',
    ),
  };
};

/** 行政诉讼监督 of a pension entitlement refused by the social-insurance agency (focal point 6). */
const pension: DemoScenario = (kit) => {
  const employer = kit.org('otherParty', 'factory');
  const lead = kit.person({
    role: 'applicant',
    age: [58, 72],
    occupation: '退休职工',
    employer: employer.name,
  });
  const organName = `${kit.place}社会保险事业管理中心`;
  const ruling = kit.courtCase('行初', 1);
  return {
    title: `${lead.name}诉${kit.countyWord}社保中心养老保险待遇核定行政诉讼监督案`,
    caseType: 'administrative',
    focalPoint: 'socialInsurance',
    source: 'application',
    parties: kit.chance(0.6)
      ? [lead, kit.organ(organName), employer]
      : [lead, kit.organ(organName)],
    courtCases: [ruling],
    adminOrgan: organName,
    claims: `请求检察机关对${kit.basicCourt}${ruling.number}行政裁定依法监督，督促${organName}依法核定并补发其基本养老保险待遇。`,
    facts: paragraphs(
      `${lead.name}曾在${employer.name}工作${kit.int(12, 30)}年，单位为其缴纳城镇职工基本养老保险。${lead.name}达到法定退休年龄后申请领取养老保险待遇，${organName}以档案记载的出生日期与身份证不一致、视同缴费年限无法认定为由不予核定。`,
      `${lead.name}提起行政诉讼，法院以超过起诉期限为由裁定驳回起诉。${lead.name}认为其一直通过信访途径主张权利，耽误的期限不应计算在起诉期限内，遂向本院申请监督。`,
      `本院审查认为，原审裁定对起诉期限的计算存在争议，${lead.name}年事已高且诉求具有一定合理性。本院拟通过召开听证会、释法说理，协调${organName}调取原始档案重新核定缴费年限，推动行政争议实质性化解。`,
    ),
    typeDetails: {
      kind: 'socialInsurance',
      insuranceKind: 'pension',
      insuredCount: 1,
      employer: employer.name,
    },
  };
};

/** 支持起诉 for an elderly parent, or for a minor's child support (focal point 7). */
const specificGroups: DemoScenario = (kit) => {
  if (kit.chance(0.5)) {
    const lead = kit.person({
      role: 'applicant',
      age: [68, 90],
      isRural: true,
      flags: kit.chance(0.3) ? ['disabled'] : [],
      occupation: '务农',
    });
    // Children carry the father's family name: the applicant's own, or another one.
    const family = lead.sex === 'male' ? surnameOf(lead) : kit.pick(SURNAMES);
    const children = Array.from({ length: kit.int(1, 3) }, () =>
      kit.person({
        role: 'respondent',
        age: [38, 60],
        surname: family,
        occupation: kit.pick(['务工', '个体经营', '务农']),
      }),
    );
    const first = children[0]?.name ?? '';
    const isOnlyChild = children.length === 1;
    const onlyChild = children[0]?.sex === 'male' ? '一子' : '一女';
    const monthly = kit.amount(300, 1200, 50);
    return {
      title: `${lead.name}与${first}${children.length > 1 ? '等' : ''}赡养纠纷支持起诉案`,
      caseType: 'supportProsecution',
      focalPoint: 'specificGroups',
      source: 'application',
      parties: [lead, ...children],
      courtCases: [],
      claims: `请求检察机关支持${lead.name}向人民法院提起诉讼，判令${first}${children.length > 1 ? '等人每人' : ''}每月支付赡养费${monthly}元，并分担其医疗费用。`,
      facts: paragraphs(
        `${lead.name}现居${kit.place}农村，${isOnlyChild ? `育有${onlyChild}${first}，已成年并另立门户` : `育有子女${children.length}人，均已成年并另立门户`}。${lead.name}${kit.pick(['患有高血压、糖尿病', '患有慢性阻塞性肺病', '因脑梗后遗症行动不便'])}，无固定收入，仅靠每月一百余元的城乡居民基本养老金生活。`,
        `${lead.name}多次要求子女支付赡养费，${isOnlyChild ? `${first}以家庭矛盾、经济困难为由拒不支付` : `${first}等人以家庭矛盾、经济困难为由相互推诿`}。经村委会、司法所多次调解未果，${lead.name}因年老体弱、行动不便，无力提起诉讼，遂向本院申请支持起诉。`,
        `本院审查认为，成年子女对父母负有赡养扶助义务。${lead.name}系老年人，诉讼能力明显不足，本院依法支持其起诉，拟向${kit.basicCourt}提交支持起诉意见书，并建议法院依法先予执行。`,
      ),
    };
  }
  const mother = kit.person({
    role: 'closeRelative',
    age: [28, 45],
    isMale: false,
    flags: ['woman'],
    occupation: kit.pick(['无业', '保洁员', '超市理货员']),
  });
  const family = kit.pick(SURNAMES);
  const child = kit.person({
    role: 'applicant',
    age: [4, 15],
    occupation: '学生',
    home: kit.unit,
    surname: family,
  });
  const father = kit.person({
    role: 'respondent',
    age: [30, 48],
    isMale: true,
    surname: family,
    occupation: kit.pick(['务工', '个体经营', '货车司机']),
  });
  const monthly = kit.amount(600, 1500, 100);
  const owed = monthly * kit.int(8, 40);
  return {
    title: `${child.name}（未成年人）追索抚养费支持起诉案`,
    caseType: 'supportProsecution',
    focalPoint: 'specificGroups',
    source: 'application',
    parties: [child, mother, father],
    courtCases: [kit.courtCase('民初', kit.int(3, 6))],
    claims: `请求检察机关支持${child.name}向人民法院提起诉讼，判令${father.name}支付拖欠的抚养费${owed}元，并按月支付抚养费至其年满十八周岁。`,
    facts: paragraphs(
      `${mother.name}与${father.name}原系夫妻，后经法院调解离婚，约定婚生子女${child.name}由${mother.name}抚养，${father.name}每月支付抚养费${monthly}元。离婚后，${father.name}仅支付数月即拒绝继续支付，累计拖欠${owed}元。`,
      `${mother.name}无固定工作，母子二人依靠低保维持生活。${mother.name}多次联系${father.name}未果，其本人法律知识欠缺，遂作为法定代理人代${child.name}向本院申请支持起诉。`,
      `本院认为，${child.name}系未成年人，依法享有获得父母抚养的权利。本院依法支持起诉，同时联合妇联、民政部门对母子二人开展心理疏导与生活帮扶，并对涉案未成年人信息严格保密。`,
    ),
  };
};

/** 信访 by a veteran about benefits, or 公益诉讼 for a neglected martyrs' memorial (focal point 8). */
const military: DemoScenario = (kit) => {
  const bureau = `${kit.place}退役军人事务局`;
  if (kit.chance(0.6)) {
    const lead = kit.person({
      role: 'applicant',
      age: [45, 80],
      maleShare: 0.9,
      isRural: true,
      flags: ['veteranMilitaryFamily'],
      occupation: '退役军人',
    });
    const parties: PartyInput[] = [lead, kit.organ(bureau)];
    if (kit.chance(0.4))
      parties.push(
        kit.person({
          role: 'closeRelative',
          age: [40, 78],
          flags: ['veteranMilitaryFamily'],
          occupation: '务农',
        }),
      );
    return {
      title: `退役军人${lead.name}反映优抚待遇落实问题信访案`,
      caseType: 'petition',
      focalPoint: 'militaryMartyrs',
      source: 'complaint',
      parties,
      courtCases: [],
      adminOrgan: bureau,
      claims: `请求依法落实其参战退役人员定期生活补助，补发${kit.int(2, 6)}年来未发放的补助金。`,
      facts: paragraphs(
        `${lead.name}于上世纪服役期间参加作战，退役后回乡务农。${kit.dayBefore(1)}，${lead.name}到本院反映其参战退役人员身份已经核定，但当地未按规定发放定期生活补助，多次到相关部门反映未获解决。`,
        `本院依照"群众信访件件有回复"的要求在七日内作出程序性回复，并调取了其服役档案、身份核定材料和补助发放记录，与${bureau}进行了沟通核实。`,
        `本院认为，维护军人军属合法权益是专项行动重点之一。本院拟向${bureau}制发检察建议，督促其依法补发补助金，并对辖区同类人员待遇落实情况开展排查。`,
      ),
    };
  }
  const site = `${kit.place}某镇烈士纪念设施`;
  const town = kit.organ(`${kit.place}某镇人民政府`);
  return {
    title: `${kit.place}某镇烈士纪念设施保护公益诉讼案`,
    caseType: 'publicInterest',
    focalPoint: 'militaryMartyrs',
    source: 'exOfficio',
    parties: [kit.organ(bureau), town],
    courtCases: [],
    adminOrgan: bureau,
    claims: `督促${bureau}及${town.name}依法履行烈士纪念设施保护管理职责，修缮${site}并建立日常管护制度。`,
    facts: paragraphs(
      `本院在开展英烈保护专项监督中发现，${site}年久失修，纪念碑碑文剥落，周边杂草丛生并被堆放建筑垃圾，部分烈士墓碑信息无法辨认，与烈士纪念设施的庄严氛围严重不符。`,
      `经调查，该设施属于县级烈士纪念设施，${bureau}负有保护管理的监督指导职责，${town.name}负有日常管护职责，二者均未依法履职，致使国家利益和社会公共利益受到侵害。`,
      `本院已于${kit.dayBefore(0)}立案，拟向${bureau}及${town.name}制发诉前检察建议，并邀请人大代表、政协委员和烈士亲属代表参与公开听证，跟进监督整改。`,
    ),
  };
};

/** 三农: a land-contract judgment not enforced, or farm subsidies withheld (focal point 11). */
const rural: DemoScenario = (kit) => {
  const lead = kit.person({
    role: 'applicant',
    age: [40, 75],
    isRural: true,
    home: kit.unit,
    occupation: '务农',
    flags: kit.chance(0.4) ? ['ruralHardship'] : [],
  });
  if (kit.chance(0.6)) {
    const other = kit.person({
      role: 'respondent',
      age: [35, 70],
      isRural: true,
      home: kit.unit,
      occupation: '务农',
    });
    const judgment = kit.courtCase('民初', 2);
    const enforcement = kit.courtCase('执', 1);
    return {
      title: `${lead.name}与${other.name}土地承包经营权纠纷执行监督案`,
      caseType: 'civilEnforcement',
      focalPoint: 'ruralAffairs',
      source: 'application',
      parties: kit.chance(0.4) ? [lead, other, kit.org('otherParty', 'industry')] : [lead, other],
      courtCases: [judgment, enforcement],
      claims: `请求检察机关监督${kit.basicCourt}依法执行${judgment.number}民事判决，返还其承包的${kit.int(2, 12)}亩耕地。`,
      facts: paragraphs(
        `${lead.name}系本村村民，依法取得村集体土地承包经营权。${other.name}未经其同意占用其承包地种植苗木，${kit.basicCourt}作出${judgment.number}民事判决，判令${other.name}返还耕地并赔偿损失。`,
        `判决生效后，${other.name}拒不履行。该院立案执行后，以"地上苗木无法处置"为由长期未采取强制措施，${lead.name}因失去耕地收入，家庭生活困难。`,
        `本院认为，该院执行中存在消极执行情形，拟制发检察建议督促其依法执行，同时会同乡镇、村委会开展矛盾调处，引导双方就苗木移栽达成和解。`,
      ),
    };
  }
  const households = kit.int(8, 120);
  const organName = `${kit.place}农业农村局`;
  return {
    title: `${lead.name}等${households}户村民耕地地力保护补贴发放行政检察监督案`,
    caseType: 'administrative',
    focalPoint: 'ruralAffairs',
    source: kit.chance(0.5) ? 'lead' : 'application',
    parties: [lead, kit.organ(organName), kit.organ(`${kit.place}某镇人民政府`, 'otherParty')],
    courtCases: [],
    adminOrgan: organName,
    claims: `请求检察机关督促有关行政机关依法核实并补发${lead.name}等${households}户村民被截留的耕地地力保护补贴。`,
    facts: paragraphs(
      `本院在运行"惠农补贴发放监督模型"时，将补贴发放数据与土地确权、流转数据比对，发现${lead.name}等${households}户村民已流转或实际耕种的土地，其补贴被发放至他人名下，涉及金额${kit.amount(20000, 300000)}元。`,
      `经调查，${organName}在补贴审核中未严格核对申报面积，村组干部存在虚报冒领嫌疑。相关涉嫌违纪违法线索已移送纪检监察机关。`,
      `本院认为，${organName}未依法全面履行监管职责，拟制发检察建议，督促其追回违规发放资金、补发应得补贴，并完善补贴审核机制。`,
    ),
  };
};

const OTHER_MATTERS: readonly (readonly [string, string])[] = [
  ['房屋征收补偿', '其房屋被列入棚户区改造征收范围，认为评估价格明显偏低且未依法公示评估报告'],
  ['物业服务纠纷', '小区物业公司擅自提高收费标准，并停止对未缴费住户的供水服务'],
  ['医疗费报销', '其在异地就医的住院费用被以手续不全为由拒绝报销'],
];

/** 信访 about another livelihood matter ("other"). */
const otherPetition: DemoScenario = (kit) => {
  const [matter, detail] = kit.pick(OTHER_MATTERS);
  const lead = kit.person({
    role: 'applicant',
    age: [30, 80],
    occupation: (age) => (age >= 60 ? '退休' : kit.pick(['个体经营', '职员', '务工'])),
  });
  const other =
    matter === '物业服务纠纷'
      ? kit.org('respondent', 'property')
      : kit.organ(
          `${kit.place}${matter === '房屋征收补偿' ? '房屋征收与补偿办公室' : '医疗保障局'}`,
        );
  return {
    title: `${lead.name}反映${matter}问题信访案`,
    caseType: 'petition',
    focalPoint: 'other',
    source: 'complaint',
    parties: [lead, other],
    courtCases: [],
    adminOrgan: other.role === 'adminOrgan' ? other.name : undefined,
    claims: `请求检察机关依法监督，督促${other.name}依法处理其${matter}诉求。`,
    facts: paragraphs(
      `${kit.dayBefore(0)}，${lead.name}通过12309检察服务热线反映，${detail}，多次与${other.name}交涉未果。`,
      `本院控告申诉检察部门在七日内向其作出程序性回复，经审查认为该诉求不属于检察机关管辖范围的，依法告知其向有权机关反映；涉及行政违法行为的，移送行政检察部门审查。`,
      `本院已与${other.name}沟通，了解相关政策依据和处理进展，并将在三个月内向${lead.name}答复办理结果，做到"件件有回复"。`,
    ),
  };
};

export const VULNERABLE_SCENARIOS: readonly (readonly [DemoScenario, number])[] = [
  [crimeVictim, 6],
  [fraudVictim, 3],
  [pension, 4],
  [specificGroups, 4],
  [military, 3],
  [rural, 4],
  [otherPetition, 3],
];
