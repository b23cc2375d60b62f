import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The server's console at `<origin>/console`: sign-in, then the units and devices page. */
export class ConsolePages {
  constructor(
    private readonly page: Page,
    private readonly origin: string,
  ) {}

  async signIn(username: string, password: string, totp: string): Promise<void> {
    await this.page.goto(`${this.origin}/console/`);
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel(/^密码/).fill(password);
    await this.page.getByLabel('动态验证码').fill(totp);
    await this.page.getByRole('button', { name: '登录' }).click();
    await expect(this.page.getByRole('heading', { name: '单位与设备' })).toBeVisible();
  }

  async chooseUnit(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'units' }).getByText(name).click();
  }

  /** Issues a code for the chosen unit and returns it as the dialog shows it (once). */
  async issueCode(): Promise<string> {
    await this.page.getByRole('button', { name: '签发登记码' }).click();
    const dialog = this.page.getByRole('dialog', { name: '签发设备登记码' });
    await dialog.getByRole('button', { name: '签发', exact: true }).click();
    const code = await dialog.getByTestId('enrolment-code').innerText();
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect(dialog).toBeHidden();
    return code.trim();
  }

  deviceRow(deviceId: string): Locator {
    return this.page.locator(`tr[data-device-id="${deviceId}"]`);
  }

  /** A device's row found by the name it enrolled with, as a person finds it. */
  deviceRowNamed(name: string): Locator {
    return this.page.locator('tr[data-device-id]').filter({ hasText: name });
  }

  /** The unit's row in the 上传情况 table. */
  unitUploadRow(unitCode: string): Locator {
    return this.page.locator(`tr[data-unit-code="${unitCode}"]`);
  }

  async showOnlyUnitsNeedingAttention(): Promise<void> {
    await this.page.getByRole('switch', { name: '只看需关注的单位' }).check();
  }

  async revoke(deviceId: string): Promise<void> {
    await this.deviceRow(deviceId).getByRole('button', { name: '注销' }).click();
    const dialog = this.page.getByRole('dialog', { name: '注销设备' });
    await dialog.getByRole('button', { name: '确认注销' }).click();
    await expect(dialog).toBeHidden();
  }

  /** 账户 → a new account of the first unit; returns the password and secret shown once. */
  async createAccount(username: string): Promise<{ password: string; totpSecret: string }> {
    await this.page.getByRole('link', { name: '账户' }).click();
    await this.page.getByLabel(/^用户名/).fill(username);
    await this.page.getByRole('button', { name: '新建账户' }).click();
    const dialog = this.page.getByRole('dialog');
    const password = (await dialog.getByTestId('account-password').innerText()).trim();
    const totpSecret = (await dialog.getByTestId('account-totp-secret').innerText()).trim();
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect(this.page.getByRole('cell', { name: username, exact: true })).toBeVisible();
    return { password, totpSecret };
  }

  /** 统计, with the account's own unit chosen. */
  async openStatistics(): Promise<void> {
    await this.page.getByRole('link', { name: '统计' }).click();
    await expect(this.page.getByRole('heading', { name: '统计', exact: true })).toBeVisible();
  }

  async openUnitsDevices(): Promise<void> {
    await this.page.getByRole('link', { name: '单位与设备' }).click();
    await expect(this.page.getByRole('heading', { name: '单位与设备' })).toBeVisible();
  }

  /** Options are indented by level with ideographic spaces: matched on the name at their end. */
  async openStatisticsUnits(): Promise<void> {
    await this.page.getByRole('combobox', { name: '统计范围' }).click();
  }

  async chooseStatisticsUnit(name: string): Promise<void> {
    await this.openStatisticsUnits();
    await this.page.getByRole('option', { name: new RegExp(`${name}$`) }).click();
  }

  statisticsUnitOptions(): Locator {
    return this.page.getByRole('option');
  }

  /** The row of a table on 统计 (a section by its sheet id) whose first cell is `label`. */
  statisticsRow(section: string, label: string): Locator {
    return this.page
      .getByTestId(`statistics-${section}`)
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: label, exact: true }) });
  }

  /** 导出 Excel: the saved file's path and the name the browser was given. */
  async exportStatistics(): Promise<{ path: string; name: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await downloading;
    return { path: await file.path(), name: file.suggestedFilename() };
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: '退出登录' }).click();
    await expect(this.page.getByRole('button', { name: '登录' })).toBeVisible();
  }
}
