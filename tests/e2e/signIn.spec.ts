/**
 * Trust on the workstation, as people meet it: only the administrator manages users, roles are
 * the ones the administrator gave, five wrong passwords lock a user, and an idle session locks
 * without losing the form being typed.
 */
import { expect, test } from './helpers/interactions';
import { CaseFormPage } from './pages/CaseFormPage';
import { ADMIN_PASSWORD, Desk, INITIAL_PASSWORD, OWN_PASSWORD } from './pages/Desk';
import { labelled } from './pages/WorkflowPanel';

const UNIT = ['合肥市瑶海区人民检察院', '340102'] as const;

test('the administrator creates users; a procurator cannot manage users or give himself a role', async ({
  page,
}) => {
  const desk = new Desk(page);
  await desk.setUp(...UNIT, [
    { name: '王检察官', role: '检察官' },
    { name: '李检察长', role: '检察长' },
  ]);
  // Signed in as the procurator: the account menu has no user management, and the page refuses.
  await desk.banner.getByRole('button', { name: '账户' }).click();
  await expect(page.getByRole('menuitem', { name: '修改密码' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '用户管理' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    window.location.hash = '#/settings/users';
  });
  await expect(page.getByText('只有管理员可以管理用户。')).toBeVisible();
  await expect(page.getByRole('button', { name: '新增用户' })).toHaveCount(0);

  // The administrator sees both colleagues with their roles and their own passwords set.
  await desk.switchTo('赵管理员');
  await desk.openUsers();
  await expect(page.getByRole('row', { name: /王检察官.*检察官.*已设置密码/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /李检察长.*检察长.*已设置密码/ })).toBeVisible();
});

test('five wrong passwords lock a user for 15 minutes; the administrator resets the password', async ({
  page,
}) => {
  const desk = new Desk(page);
  await desk.setUp(...UNIT, [{ name: '王检察官', role: '检察官' }]);
  await desk.signOut();
  const alert = page.getByRole('alert');
  for (let left = 4; left >= 1; left--) {
    await desk.trySignIn('王检察官', 'Wrong#2026-pass');
    await expect(alert).toContainText(`再输错 ${String(left)} 次`);
  }
  await desk.trySignIn('王检察官', 'Wrong#2026-pass');
  await expect(alert).toContainText('已被锁定，请于');
  // Even the right password is refused while locked, and says until when.
  await desk.trySignIn('王检察官', OWN_PASSWORD);
  await expect(alert).toContainText(/已被锁定，请于 .+ 之后再试/);

  await desk.trySignIn('赵管理员', ADMIN_PASSWORD);
  await desk.openUsers();
  const row = page.getByRole('row', { name: /王检察官/ });
  await expect(row).toContainText('锁定至');
  await row.getByRole('button', { name: '修改用户：王检察官' }).click();
  const dialog = page.getByRole('dialog', { name: '修改用户：王检察官' });
  await dialog.getByRole('tab', { name: '重设密码' }).click();
  await dialog.getByLabel(labelled('初始密码')).fill(INITIAL_PASSWORD);
  await dialog.getByLabel(labelled('再次输入新密码')).fill(INITIAL_PASSWORD);
  await dialog.getByRole('button', { name: '设置初始密码' }).click();
  await expect(row).toContainText('初始密码，待本人修改');
  await desk.signOut();
  await desk.signIn('王检察官', true);
});

test('an idle session locks, keeps the unsaved form, and unlocks only with the password', async ({
  page,
}) => {
  await page.clock.install();
  const desk = new Desk(page);
  await desk.setUp(...UNIT, [{ name: '王检察官', role: '检察官' }]);
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title: '尚未保存的案件', facts: '锁定前输入的事实。' });

  await page.clock.fastForward('10:30');
  const lock = page.getByRole('dialog', { name: '已锁定' });
  await expect(lock).toBeVisible();
  // The form is hidden while locked.
  await expect(page.getByLabel(labelled('案件名称'))).toBeHidden();

  await lock.getByLabel(labelled('密码')).fill('Wrong#2026-pass');
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock.getByRole('alert')).toContainText('密码错误');
  await lock.getByLabel(labelled('密码')).fill(OWN_PASSWORD);
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByLabel(labelled('案件名称'))).toHaveValue('尚未保存的案件');
});
