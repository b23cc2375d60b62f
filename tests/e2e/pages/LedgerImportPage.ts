import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** 导入台账: choose a file, accept the suggested mapping, check, download the report, import. */
export class LedgerImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '导入台账' }).click();
    await expect(this.page.getByRole('heading', { name: /导入台账/ })).toBeVisible();
  }

  /** Chooses the file and checks it with the mapping the page suggests. */
  async check(name: string, bytes: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '台账文件' }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await expect(this.page.getByRole('heading', { name: '列对应关系' })).toBeVisible();
    await this.page.getByRole('button', { name: '检查' }).click();
    await expect(this.summary).toBeVisible();
  }

  get summary(): Locator {
    return this.page.getByRole('status').filter({ hasText: '可以导入' });
  }

  get problems(): Locator {
    return this.page.getByRole('table', { name: '有问题的行' });
  }

  async downloadReport(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '下载错误报告（.xlsx）' }).click();
    return download;
  }

  async importRows(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `导入 ${count} 行` }).click();
    await expect(this.page.getByRole('status').filter({ hasText: '已导入' })).toHaveText(
      `已导入 ${count} 件案件。`,
      { timeout: 60_000 },
    );
  }

  async restart(): Promise<void> {
    await this.page.getByRole('button', { name: '重新选择文件' }).click();
  }
}
