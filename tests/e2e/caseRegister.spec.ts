import { expect, test } from './helpers/interactions';
import { Desk } from './pages/Desk';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';

const TITLE = '张某等12名农民工追索劳动报酬案';
const FACTS =
  '申请人张某等十二人在某建筑工地务工，工程完工后包工头拖欠工资共计三十六万元，多次讨要未果。';

test.beforeEach(async ({ page }) => {
  await new Desk(page).setUp('合肥市庐阳区人民检察院', '340103', [
    { name: '王检察官', role: '检察官' },
  ]);
});

test('register a case with two parties, find it by name, a word of its facts, the ID number and the phone, and keep it across a reload', async ({
  page,
}) => {
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title: TITLE, facts: FACTS });
  await form.fillParty(1, { name: '张小明', idNumber: '11010519491231002X', phone: '13812345678' });
  await form.addParty();
  await form.fillParty(2, { name: '某建筑劳务有限公司' });
  await form.save();

  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  // The case page shows the ID number in full; the list masks it.
  await expect(page.getByRole('cell', { name: '11010519491231002X' })).toBeVisible();

  const list = new CaseListPage(page);
  await list.open();
  await expect(list.row(TITLE)).toBeVisible();
  await expect(list.row(TITLE)).toContainText('110105********002X');
  await expect(list.row(TITLE)).not.toContainText('11010519491231002X');

  await list.search('张小明');
  await expect(list.row(TITLE)).toBeVisible();
  await expect(list.row(TITLE).locator('mark').first()).toHaveText('张小明');

  await list.search('农民工');
  await expect(list.row(TITLE)).toBeVisible();

  await list.search('工地');
  await expect(list.row(TITLE)).toBeVisible();
  // The match is only in the facts: the row shows that part of the facts, marked.
  await expect(list.row(TITLE).locator('mark').first()).toHaveText('工地');

  await list.search('不存在的词语');
  await expect(list.row(TITLE)).toHaveCount(0);

  // ID numbers and phones are found by their keyed hashes: typed in full, in the usual forms.
  await list.search('11010519491231002X');
  await expect(list.row(TITLE)).toBeVisible();
  await list.search('不存在的词语');
  await expect(list.row(TITLE)).toHaveCount(0);
  await list.search('13812345678');
  await expect(list.row(TITLE)).toBeVisible();
  await list.search('110105194912');
  await expect(list.row(TITLE)).toHaveCount(0);
  await list.search('+86 138-1234-5678');
  await expect(list.row(TITLE)).toBeVisible();

  // A reload ends the session: the data key is only in memory while someone is signed in.
  await page.reload();
  await new Desk(page).signIn('王检察官');
  await list.search('工地');
  await expect(list.row(TITLE)).toBeVisible();
  await list.search('11010519491231002x');
  await expect(list.row(TITLE)).toBeVisible();
});

test('an invalid ID number shows a translated error and saves nothing', async ({ page }) => {
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title: '李某申请国家司法救助案', facts: '因案致困。' });
  await form.fillParty(1, { name: '李某', idNumber: '110105194912310021' });
  await form.save();

  await expect(form.party(1).getByText('身份证号码校验位不正确')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('未保存任何内容');

  const list = new CaseListPage(page);
  await list.open();
  await expect(list.count).toHaveText('共 0 件');
});

test('delete with undo, and restore from the deleted cases view', async ({ page }) => {
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title: '赵某社会保险待遇行政诉讼监督案', facts: '社保待遇。' });
  await form.fillParty(1, { name: '赵某' });
  await form.save();
  await expect(page.getByRole('heading', { name: '赵某社会保险待遇行政诉讼监督案' })).toBeVisible();

  await page.getByRole('button', { name: '删除' }).click();
  const list = new CaseListPage(page);
  await expect(list.count).toHaveText('共 0 件');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(list.count).toHaveText('共 1 件');

  await list.row('赵某社会保险待遇行政诉讼监督案').getByRole('link').click();
  await page.getByRole('button', { name: '删除' }).click();
  await page.getByRole('link', { name: '已删除案件' }).click();
  await page.getByRole('button', { name: '恢复案件 赵某社会保险待遇行政诉讼监督案' }).click();
  await expect(page.getByText('没有已删除的案件。')).toBeVisible();
  await list.open();
  await expect(list.count).toHaveText('共 1 件');
});
