import { expect, test } from './helpers/interactions';
import { Desk } from './pages/Desk';
import { CaseCardFieldset, CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

const TITLE = '刘某等12名农民工追索劳动报酬案';

test.beforeEach(async ({ page }) => {
  await new Desk(page).setUp('合肥市瑶海区人民检察院', '340102', [
    { name: '王检察官', role: '检察官' },
  ]);
});

test('a wage-arrears case with its card: a wrong figure is refused, the figures show on the case page, in the list and on the 工作台', async ({
  page,
}) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await expect(workbench.wageFigure('欠薪案件数')).toHaveText('0');
  await expect(workbench.wageFigure('涉及劳动者人数')).toHaveText('0');
  await expect(workbench.wageFigure('追回率')).toHaveText('—');

  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({
    title: TITLE,
    facts: '某安置房项目完工后，劳务分包人拖欠十二名工人工资。',
  });
  await form.fillParty(1, { name: '刘某' });

  // Choosing 劳动者权益保护 as the focal point shows the wage-arrears card.
  const card = new CaseCardFieldset(page, '欠薪');
  await card.fill({
    涉及劳动者人数: '12',
    '欠薪金额（元）': '86,400.50',
    '已追回金额（元）': '100000',
    用人单位: '合肥某建筑劳务有限公司',
    '分包单位 / 劳务承包人': '李某（劳务承包人）',
    项目名称: '瑶海区某安置房项目',
  });
  await form.save();
  await expect(card.group().getByText('追回金额不能超过欠薪金额')).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLE })).toHaveCount(0);

  await card.fill({ '已追回金额（元）': '40000.05' });
  await form.save();

  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  const shown = page.getByTestId('type-details');
  await expect(shown).toContainText('12 人');
  await expect(shown).toContainText('¥86,400.50');
  await expect(shown).toContainText('¥40,000.05');
  await expect(shown).toContainText('合肥某建筑劳务有限公司');
  await expect(shown).toContainText('李某（劳务承包人）');
  await expect(shown).toContainText('瑶海区某安置房项目');

  const list = new CaseListPage(page);
  await list.open();
  await expect(list.row(TITLE).getByTestId('key-figure')).toHaveText('12 人 · 欠薪 ¥86,400.50');

  // The 工作台 counts the card: 40,000.05 of 86,400.50 recovered is 46.3 %.
  await workbench.open();
  await expect(workbench.wageFigure('欠薪案件数')).toHaveText('1');
  await expect(workbench.wageFigure('涉及劳动者人数')).toHaveText('12');
  await expect(workbench.wageFigure('欠薪金额')).toHaveText('¥86,400.50');
  await expect(workbench.wageFigure('已追回金额')).toHaveText('¥40,000.05');
  await expect(workbench.wageFigure('追回率')).toHaveText('46.3%');
});
