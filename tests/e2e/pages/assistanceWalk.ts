import { expect } from '@playwright/test';
import { labelled, type StepForm, type WorkflowPanel } from './WorkflowPanel';

const combobox = (f: StepForm, label: string) =>
  f.root.getByRole('combobox', { name: label, exact: true });

/**
 * A wage-arrears judicial assistance from informing the applicant to the decision, as a
 * procurator records it (the amount: 3 months of the 2023 Anhui base, 25,922.00 yuan, the stale
 * year confirmed). The referring department and the applicant's relation come from the case;
 * with `wageCard`, the harm comes from the case's wage-arrears card and is only checked.
 */
export async function walkAssistanceToDecision(
  panel: WorkflowPanel,
  card: string,
  { wageCard }: { wageCard?: { owed: string; recovered: string } } = {},
): Promise<void> {
  await panel.act(card, '记录告知', async (f) => {
    await f.choose('方式', '书面');
    await expect(combobox(f, '线索移送部门')).toHaveValue('民事检察部门');
  });
  await panel.act(card, '接收申请', async (f) => {
    await f.choose('申请形式', '书面');
    await expect(combobox(f, '申请人与被害人关系')).toHaveValue('被害人本人');
    await f.choose('民事行为能力', '完全');
  });
  await panel.act(card, '材料齐全', async (f) => {
    for (const material of [
      '国家司法救助申请书',
      '身份证明',
      '本人及家庭经济困难证明',
      '获得赔偿、救助情况的说明或证明',
    ]) {
      await f.check(material);
    }
    await f.root.getByRole('checkbox', { name: /^实际损害证明/ }).check();
  });
  await expect(panel.currentStep(card)).toHaveText('审查');

  // Eligibility cannot be assessed before household and harm are on record.
  await expect(panel.card(card).getByText('审查救助条件：尚未记录家庭经济情况。')).toBeVisible();
  await panel.act(card, '记录家庭情况', async (f) => {
    await f.fill('家庭人口', '4');
    await f.fill('家庭月收入（元）', '1200');
    await f.choose('劳动能力', '部分丧失');
    await f.choose('低保或监测对象情况', '低保对象');
    await f.choose('困难证明出具单位', '村民委员会');
  });
  await panel.act(card, '记录损害情况', async (f) => {
    if (wageCard) {
      await expect(combobox(f, '类型')).toHaveValue('财产损失');
      await expect(f.root.getByLabel(labelled('说明'))).toHaveValue(
        `被某建筑劳务有限公司拖欠工资${wageCard.owed}元。`,
      );
      await expect(f.root.getByLabel(labelled('已获赔偿金额（元）'))).toHaveValue(
        wageCard.recovered,
      );
    } else {
      await f.choose('类型', '财产损失');
      await f.fill('说明', '被拖欠工资三万余元，法院强制执行无可供执行财产。');
      await f.fill('已获赔偿金额（元）', '0');
    }
    await f.choose('未获赔偿原因', '加害人无赔偿能力');
  });
  await panel.act(card, '审查救助条件', async (f) => {
    await expect(f.root.getByText(/未发现同一人就同一案件的其他救助申请/)).toBeVisible();
    await f.root.getByRole('checkbox', { name: '人民检察院认为需要救助的其他情形' }).check();
    await f.fill('其他情形说明', '追索劳动报酬执行不能，因案生活陷入困难。');
    await f.answerAll('不予救助情形', false);
  });
  await panel.act(card, '计算救助金额', async (f) => {
    // The shipped table ends with 2023: from 2025 on the base is stale, said in red, confirmed.
    await expect(f.root.getByText(/缺少作出决定的上一年度/)).toBeVisible();
    await f.root.getByRole('checkbox', { name: /^确认在缺少上一年度数据/ }).check();
    await f.fill('救助月数', '3');
    await expect(f.root.getByText('计算金额：25922.00元')).toBeVisible();
  });
}
