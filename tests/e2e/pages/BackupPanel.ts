import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { FileInput } from './CaseAttachmentsPanel';
import { labelled } from './WorkflowPanel';

/** The settings' "备份与恢复" section: back up now (a download in the web build). */
export class BackupPanel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '设置', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
  }

  async backUpNow(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '立即备份' }).click();
    return download;
  }
}

/** "从备份恢复": pick the file, then the dialog (user, password, start). */
export class RestoreFromBackup {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '从备份恢复' });
  }

  /** Picks `file` as a person does: the link opens the chooser, the file is handed to it. */
  async pick(file: FileInput): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '从备份恢复' }).click();
    await (await chooser).setFiles(file);
  }

  /** Chooses the user listed in the backup and types their password, then starts. */
  async unlock(userName: string, password: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: '用户' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${userName}（`) }).click();
    await this.dialog.getByRole('textbox', { name: labelled('密码') }).fill(password);
    await this.dialog.getByRole('button', { name: '开始恢复' }).click();
  }
}
