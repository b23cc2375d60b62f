/**
 * Empty required fields get the app's own translated message, not Chromium's English bubble
 * ("Please fill out this field."): the forms do not leave validation to the browser. An empty
 * password is not an attempt and does not count toward the lockout. Dates are the app's too.
 */
import { expect, test } from './helpers/interactions';
import { CaseFormPage } from './pages/CaseFormPage';
import { Desk } from './pages/Desk';
import { labelled } from './pages/WorkflowPanel';

const REQUIRED = '此项为必填项';

test('first run and sign-in answer an empty field in the app language; an empty password is no attempt', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '开始使用' }).click();
  // The browser would have kept the submit from the page: the page's own check ran instead.
  await expect(page.getByLabel(labelled('检察院名称'))).toHaveAccessibleDescription(
    new RegExp(REQUIRED),
  );
  await expect(page.getByLabel(labelled('管理员密码'))).toHaveAccessibleDescription(
    new RegExp(REQUIRED),
  );
  for (const form of await page.locator('form').all()) {
    await expect(form).toHaveAttribute('novalidate', '');
  }

  const desk = new Desk(page);
  await desk.setUp('合肥市瑶海区人民检察院', '340102', [{ name: '王检察官', role: '检察官' }]);
  await desk.signOut();
  await page.getByRole('combobox', { name: '使用人', exact: true }).click();
  await page.getByRole('option', { name: /^王检察官（/ }).click();
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: '登录', exact: true }).click();
  }
  await expect(page.getByLabel(labelled('密码'))).toHaveAccessibleDescription(new RegExp(REQUIRED));
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Five empty submissions later, a wrong password is still the first of five.
  await desk.trySignIn('王检察官', 'Wrong#2026-pass');
  await expect(page.getByRole('alert')).toContainText('再输错 4 次');
});

test('dates are typed as 年-月-日 in the app, not in a browser mm/dd/yyyy box, and stored unchanged', async ({
  page,
}) => {
  await new Desk(page).setUp('合肥市瑶海区人民检察院', '340102', [
    { name: '王检察官', role: '检察官' },
  ]);
  const form = new CaseFormPage(page);
  await form.open();
  await expect(page.locator('input[type="date"], input[type="datetime-local"]')).toHaveCount(0);
  await expect(page.getByLabel(labelled('受理日期'))).toHaveAttribute('placeholder', '年-月-日');
  // The received date defaults to today, shown as stored.
  await expect(page.getByLabel(labelled('收案日期'))).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await form.fillBasics({ title: '日期录入案', facts: '核对日期的录入与保存。' });
  await form.fillParty(1, { name: '甲某' });
  for (const [label, date] of [
    ['收案日期', '2026-03-02'],
    ['受理日期', '2026-03-05'],
  ] as const) {
    await page.getByLabel(labelled(label)).fill(date);
    await page.getByLabel(labelled(label)).press('Escape');
  }
  await form.save();
  await expect(page.getByRole('heading', { name: '日期录入案' })).toBeVisible();
  await expect(page.getByText('2026年3月2日')).toBeVisible();
  await expect(page.getByText('2026年3月5日')).toBeVisible();
});
