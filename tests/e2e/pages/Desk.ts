import { expect, type Page } from '@playwright/test';
import { withoutCounting } from '../helpers/interactions';
import { FirstRunPage } from './FirstRunPage';
import { labelled } from './WorkflowPanel';

/** The administrator's first password and a user's own one (both meet the rules). */
export const ADMIN_PASSWORD = 'Admin#2026-desk';
export const INITIAL_PASSWORD = 'Start#2026-init';
export const OWN_PASSWORD = 'Desk#2026-jianhu';

export type Colleague = { name: string; role: string };

/**
 * The people at one workstation: the first run with its administrator, the administrator adding
 * colleagues, and colleagues signing in (choosing their own password the first time).
 */
export class Desk {
  /** The administrator made by the first run (signs in with ADMIN_PASSWORD). */
  adminName = '赵管理员';

  constructor(readonly page: Page) {}

  get banner() {
    return this.page.getByRole('banner');
  }

  /** First run; the administrator is signed in afterwards. Returns the recovery key. */
  async firstRun(unitName: string, unitCode: string, adminName = this.adminName): Promise<string> {
    this.adminName = adminName;
    await this.page.goto('/');
    const key = await new FirstRunPage(this.page).complete(
      unitName,
      unitCode,
      adminName,
      ADMIN_PASSWORD,
    );
    await expect(this.banner.getByText(adminName, { exact: true })).toBeVisible();
    return key;
  }

  async openUsers(): Promise<void> {
    await this.banner.getByRole('button', { name: '账户' }).click();
    await this.page.getByRole('menuitem', { name: '用户管理' }).click();
    await expect(this.page.getByRole('heading', { name: '用户管理' })).toBeVisible();
  }

  /** The signed-in administrator adds a colleague with the initial password. */
  async addUser({ name, role }: Colleague): Promise<void> {
    await this.openUsers();
    await this.page.getByRole('button', { name: '新增用户' }).click();
    const dialog = this.page.getByRole('dialog', { name: '新增用户' });
    await dialog.getByLabel(labelled('姓名')).fill(name);
    await dialog.getByRole('combobox', { name: '角色', exact: true }).click();
    await this.page.getByRole('option', { name: role, exact: true }).click();
    await dialog.getByLabel(labelled('初始密码')).fill(INITIAL_PASSWORD);
    await dialog.getByLabel(labelled('再次输入新密码')).fill(INITIAL_PASSWORD);
    await dialog.getByRole('button', { name: '新增' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }

  async signOut(): Promise<void> {
    await this.banner.getByRole('button', { name: '账户' }).click();
    await this.page.getByRole('menuitem', { name: '退出登录 / 切换用户' }).click();
    await expect(this.page.getByRole('heading', { name: '登录检护' })).toBeVisible();
  }

  /** Fills the sign-in form (the outcome is the caller's to check). */
  async trySignIn(name: string, password: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '使用人', exact: true }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${name}（`) }).click();
    await this.page.getByLabel(labelled('密码')).fill(password);
    await this.page.getByRole('button', { name: '登录', exact: true }).click();
  }

  /** Signs in; the first time with the initial password, then chooses OWN_PASSWORD. */
  async signIn(name: string, isFirstTime = false): Promise<void> {
    const own = name === this.adminName ? ADMIN_PASSWORD : OWN_PASSWORD;
    await this.trySignIn(name, isFirstTime ? INITIAL_PASSWORD : own);
    if (isFirstTime) {
      const dialog = this.page.getByRole('dialog', { name: '修改密码' });
      await dialog.getByLabel(labelled('当前密码')).fill(INITIAL_PASSWORD);
      await dialog.getByLabel(labelled('新密码')).fill(OWN_PASSWORD);
      await dialog.getByLabel(labelled('再次输入新密码')).fill(OWN_PASSWORD);
      await dialog.getByRole('button', { name: '修改密码' }).click();
      await expect(dialog).toBeHidden();
    }
    await expect(this.banner.getByText(name, { exact: true })).toBeVisible();
  }

  /**
   * Signs out and in as `name` (who has chosen their own password already), back on the page
   * that was open (a sign-in starts at the case list; a reload would sign out).
   */
  async switchTo(name: string): Promise<void> {
    const hash = await this.page.evaluate(() => window.location.hash);
    await this.signOut();
    await this.signIn(name);
    await this.page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
  }

  /**
   * A workstation ready for work: first run, the administrator adds `colleagues`, each chooses
   * their own password once, and the first colleague stays signed in. Not counted among the
   * test's interactions: the scenarios measure a user's path on a workstation already in use.
   */
  async setUp(unitName: string, unitCode: string, colleagues: readonly Colleague[]): Promise<void> {
    await withoutCounting(this.page, async () => {
      await this.firstRun(unitName, unitCode);
      for (const colleague of colleagues) await this.addUser(colleague);
      for (const colleague of [...colleagues].reverse()) {
        await this.signOut();
        await this.signIn(colleague.name, true);
      }
      await expect(this.page.getByRole('heading', { name: '案件列表' })).toBeVisible();
    });
  }
}
