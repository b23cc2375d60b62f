/** The longer walks of the step-dialog sweep: reconciliation, judicial assistance, hearing. */
import { dateFromToday } from './dates';
import type { Fill, Walker, WorkflowWalk } from './workflowWalks';

/**
 * A reconciliation up to the performance of a signed agreement that waives supervision (so that
 * terminating review is offered too), between the case's two parties.
 */
async function reconcile(
  w: Walker,
  proposal: string,
  parties: readonly [string, string],
  agreement?: Fill,
): Promise<void> {
  const [applicant, other] = parties;
  await w.take(proposal, (f) => f.check('已告知和解的法律后果'));
  for (const party of parties) {
    await w.take('记录和解意愿', async (f) => {
      await f.choose('当事人', party);
      await f.answer('愿意和解', true);
      await f.fill('自愿和解的陈述', `${party}表示系自愿和解，未受胁迫。`);
    });
  }
  await w.take('开始协商');
  await w.take('记录协商情况', async (f) => {
    await f.fill('地点', '庐阳区检察院调解室');
    const item = await f.addItem('参加人员');
    await f.fill('姓名', applicant, item);
    await f.choose('身份', '当事人', item);
    await f.fill('概要', '双方就争议事项达成一致意见。');
  });
  await w.take('拟定和解协议', async (f) => {
    await f.fill('协议条款', `${other}于签订之日起十日内一次性支付三万元。`);
    const obligation = await f.addItem('义务条款');
    await f.fill('义务人', other, obligation);
    await f.fill('权利人', applicant, obligation);
    await f.fill('说明', '一次性支付', obligation);
    await f.answer('协议明确放弃申请监督的权利', true);
    await f.fill('放弃申请监督条款', '申请人自愿放弃就本案申请检察监督的权利。');
    if (agreement) await agreement(f);
  });
  await w.take('确认协议合法', (f) => f.answerAll(null, false));
  await w.take('签订协议', (f) => f.addTexts('签字人', [...parties]));
}

export const civilReconciliationWalk: WorkflowWalk = {
  caseKind: 'civil',
  walk: (w) => reconcile(w, '引导和解', ['张小明', '某建筑劳务有限公司']),
};

export const adminResolutionWalk: WorkflowWalk = {
  caseKind: 'administrative',
  // An administrative agreement lists what the organ undertakes, each with its legal basis.
  walk: (w) =>
    reconcile(w, '启动实质性化解', ['李某', '某区人力资源和社会保障局'], async (f) => {
      const commitment = await f.addItem('行政机关承诺事项');
      await f.fill('说明', '重新作出工伤认定决定', commitment);
      await f.fill('法律依据', '《工伤保险条例》第二十条', commitment);
    }),
};

const MATERIALS = [
  '国家司法救助申请书',
  '身份证明',
  '本人及家庭经济困难证明',
  '获得赔偿、救助情况的说明或证明',
];

/**
 * Judicial assistance by its longest way: an advance request (declined), the application, a
 * notice to supplement the materials, review, the decision, funds and payment.
 */
export const assistanceWalk: WorkflowWalk = {
  caseKind: 'civil',
  walk: async (w) => {
    await w.take('提请先行救助', async (f) => {
      await f.choose('紧急情形', '急需医疗救治');
      await f.fill('概要', '申请人受伤住院，无力支付医疗费用。');
    });
    await w.take('不予先行救助', (f) => f.fill('理由', '经核实，医疗费用已由其亲属垫付。'));
    await w.take('接收申请', async (f) => {
      await f.choose('申请形式', '书面');
      await f.choose('申请人与被害人关系', '被害人本人');
      await f.choose('民事行为能力', '完全');
    });
    await w.take('一次性告知补充材料', (f) => f.check('身份证明'));
    await w.take('收到补充材料', async (f) => {
      for (const material of MATERIALS) await f.check(material);
      await f.root.getByRole('checkbox', { name: /^实际损害证明/ }).check();
    });
    await w.take('记录家庭情况', async (f) => {
      await f.fill('家庭人口', '4');
      await f.fill('家庭月收入（元）', '1200');
      await f.choose('劳动能力', '部分丧失');
      await f.choose('低保或监测对象情况', '低保对象');
      await f.choose('困难证明出具单位', '村民委员会');
    });
    await w.take('记录损害情况', async (f) => {
      await f.choose('类型', '财产损失');
      await f.fill('说明', '被拖欠工资三万余元，法院强制执行无可供执行财产。');
      await f.fill('已获赔偿金额（元）', '0');
      await f.choose('未获赔偿原因', '加害人无赔偿能力');
    });
    await w.take('审查救助条件', async (f) => {
      await f.check('人民检察院认为需要救助的其他情形');
      await f.fill('其他情形说明', '追索劳动报酬执行不能，因案生活陷入困难。');
      await f.answerAll('不予救助情形', false);
    });
    await w.take('计算救助金额', async (f) => {
      const stale = f.root.getByRole('checkbox', { name: /^确认在缺少上一年度数据/ });
      // Asked only while the shipped wage table lacks the year before today's.
      if ((await stale.count()) > 0) await stale.check();
      await f.fill('救助月数', '3');
    });
    await w.takeApproved('决定救助');
    await w.take('申请资金');
    await w.take('资金到位');
    await w.take('通知领取', (f) => f.choose('方式', '电话'));
    await w.take('发放救助金', (f) => f.choose('方式', '现金'));
  },
};

/**
 * An administrative hearing (its own agenda checklist and recording) with one officer, as the
 * chief procurator sets it: approval, the officer, notice, the session's seven agenda steps,
 * the officer's opinion, closing and the records.
 */
export const hearingWalk: WorkflowWalk = {
  caseKind: 'administrative',
  start: (f) => f.choose('案件类别', '行政诉讼监督'),
  walk: async (w) => {
    await w.takeApproved('批准听证', async (f) => {
      await f.choose('公开与否', '不公开听证');
      await f.fill('理由', '双方对事实争议较大，有必要听取各方意见。');
      await f.fill('拟听证日期', dateFromToday(10));
      await f.fill('听证员人数（不填按默认 3 名）', '1');
    });
    await w.take('选定听证员', async (f) => {
      await f.fill('姓名/名称', '陈听证员');
      await f.fill('听证员库编号', 'TZY-2025-017');
      await f.answer('是人民监督员', true);
      await f.answerAll('资格条件', true);
      const declaration = f.group('利害关系声明');
      await f.answer('与案件有利害关系', false, declaration);
      await f.fill('声明内容', '本人与本案当事人无利害关系。', declaration);
    });
    await w.take('发出听证通知', async (f) => {
      await f.fill('听证地点', '庐阳区检察院听证室');
      await f.fill('主持检察官', '王检察官');
      await f.addTexts('已通知的参加人', ['李某']);
    });
    await w.take('开始听证', async (f) => {
      await f.fill('书记员', '孙书记员');
      await f.check('已核对到场人员');
      await f.check('已宣布听证纪律');
    });
    for (let step = 0; step < 7; step++) {
      await w.take('记录听证环节', (f) => f.fill('概要', '记录本环节要点。'));
    }
    await w.take('记录听证员意见', async (f) => {
      await f.choose('意见倾向', '同意');
      await f.fill('理由', '同意检察机关的处理意见。');
    });
    await w.take('核对行政听证事项', (f) => f.answerAll('核对事项', true));
    await w.take('结束听证');
    await w.take('完成笔录', async (f) => {
      await f.answer('已交当事人核对', true);
      await f.answer('主持人已签名', true);
      await f.answer('听证员已签名', true);
      const signers = f.root.getByRole('combobox', { name: '已签名（盖章）的参加人' });
      for (const name of ['李某', '陈听证员']) {
        await signers.click();
        await w.page.getByRole('option', { name, exact: true }).click();
      }
      await f.fill('录音录像文件SHA-256', 'a'.repeat(64));
    });
  },
};
