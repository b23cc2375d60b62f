import { expect, type Page } from '@playwright/test';
import { labelled } from './WorkflowPanel';

/** The first-run form: the unit and its administrator, then the recovery key shown once. */
export class FirstRunPage {
  constructor(private readonly page: Page) {}

  /** Completes the first run and confirms the recovery key; returns the key as shown. */
  async complete(
    unitName: string,
    unitCode: string,
    adminName: string,
    password: string,
  ): Promise<string> {
    const page = this.page;
    await page.getByLabel(labelled('检察院名称')).fill(unitName);
    await page.getByLabel(labelled('单位代码')).fill(unitCode);
    await page.getByLabel(labelled('管理员姓名')).fill(adminName);
    await page.getByLabel(labelled('管理员密码')).fill(password);
    await page.getByLabel(labelled('再次输入新密码')).fill(password);
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByRole('heading', { name: '请保存恢复密钥' })).toBeVisible();
    const key = (await page.getByLabel('恢复密钥', { exact: true }).innerText()).trim();
    await page.getByLabel('我已打印或抄写并妥善保管恢复密钥').check();
    await page.getByRole('button', { name: '继续' }).click();
    return key;
  }
}
