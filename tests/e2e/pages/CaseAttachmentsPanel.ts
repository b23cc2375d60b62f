import type { Download, Locator, Page } from '@playwright/test';

export type FileInput = { name: string; mimeType: string; buffer: Buffer };

/** The attachments section of a case page (附件): add through the file chooser, list, open. */
export class CaseAttachmentsPanel {
  constructor(private readonly page: Page) {}

  /** Picks the file as a person does: the button opens the chooser, the file is handed to it. */
  async add(file: FileInput): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '添加附件' }).click();
    await (await chooser).setFiles(file);
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  /** "打开" when the bytes are here, "下载并打开" when they are only on the server. */
  openButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: /^(打开|下载并打开)$/ });
  }

  /** The web build saves by a download: what the browser received. */
  async open(name: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.openButton(name).click();
    return download;
  }
}
