import type { Page } from '@playwright/test';

export class FirstRunPage {
  constructor(private readonly page: Page) {}

  async complete(unitName: string, unitCode: string, userName: string): Promise<void> {
    await this.page.getByLabel('检察院名称').fill(unitName);
    await this.page.getByLabel('单位代码').fill(unitCode);
    await this.page.getByLabel('使用人姓名').fill(userName);
    await this.page.getByRole('button', { name: '开始使用' }).click();
  }
}
