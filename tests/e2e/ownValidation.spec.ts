/**
 * Empty required fields get the app's own translated message, not Chromium's English bubble
 * ("Please fill out this field."): the forms do not leave validation to the browser. An empty
 * password is not an attempt and does not count toward the lockout.
 */
import { expect, test } from '@playwright/test';
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
