import type { Locator, Page } from '@playwright/test';

/** The console's 线索 page: the sheet import with its preview, and the leads list. */
export class ConsoleLeadsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '线索' }).click();
  }

  async choose(file: string): Promise<void> {
    await this.page.locator('input[type="file"]').setInputFiles(file);
  }

  get problem(): Locator {
    return this.page.getByTestId('lead-sheet-problem');
  }

  get issues(): Locator {
    return this.page.getByTestId('lead-sheet-issues');
  }

  get ready(): Locator {
    return this.page.getByTestId('lead-sheet-ready');
  }

  async importChecked(): Promise<void> {
    await this.page.getByRole('button', { name: '导入并下发' }).click();
  }

  get done(): Locator {
    return this.page.getByTestId('lead-import-done');
  }

  row(title: string): Locator {
    return this.page.locator(`tr[data-lead-title="${title}"]`);
  }

  /** The 结果 cell of a lead's row: what became of it, as the workstation reported. */
  outcome(title: string): Locator {
    return this.row(title).getByTestId('lead-outcome');
  }

  async filter(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  modelFigure(model: string, figure: string): Locator {
    return this.page.locator(`tr[data-model="${model}"] td[data-figure="${figure}"]`);
  }
}
