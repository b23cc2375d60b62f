import type { Locator, Page } from '@playwright/test';

/** The header's sync indicator and the device page, driven as a person reads them. */
export class SyncPages {
  constructor(private readonly page: Page) {}

  /** The indicator in the page header (the device page shows a second one). */
  get indicator(): Locator {
    return this.page.getByRole('banner').getByRole('group', { name: '同步状态' });
  }

  async syncNow(): Promise<void> {
    await this.indicator.getByRole('button', { name: '立即同步' }).click();
  }

  /** Without `deviceName` the server names the device itself. */
  async enrol(serverUrl: string, code: string, deviceName?: string): Promise<void> {
    await this.page.getByRole('link', { name: '设备与同步' }).click();
    await this.page.getByLabel('服务器地址').fill(serverUrl);
    await this.page.getByLabel('登记码').fill(code);
    if (deviceName !== undefined) await this.page.getByLabel('设备名称（可选）').fill(deviceName);
    await this.page.getByRole('button', { name: '登记本设备' }).click();
  }
}
