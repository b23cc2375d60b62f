import type { Locator, Page } from '@playwright/test';
import { labelled } from './WorkflowPanel';

/** The leads page (线索): the list, the selected lead's actions, dismissal with a reason. */
export class LeadsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '线索', exact: true }).click();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: '线索清单' });
  }

  /** A lead's row: title, source model, status, amount, when received. */
  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  /** Shows the lead beside the list; its title becomes the detail's heading. */
  async select(title: string): Promise<void> {
    await this.row(title).click();
    await this.page.getByRole('heading', { name: title, level: 4 }).waitFor();
  }

  action(name: '开始核查' | '转为案件' | '排除线索' | '确认排除' | '打开案件'): Locator {
    return name === '打开案件'
      ? this.page.getByRole('link', { name })
      : this.page.getByRole('button', { name, exact: true });
  }

  get dismissReason(): Locator {
    return this.page.getByLabel('排除理由');
  }
}

/** "Convert to case": the new-case form prefilled from the lead. */
export class LeadToCaseForm {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '由线索转为案件' });
  }

  field(label: string): Locator {
    return this.page.getByLabel(labelled(label));
  }

  combobox(label: string): Locator {
    return this.page.getByRole('combobox', { name: label });
  }

  async choose(label: string, option: string): Promise<void> {
    await this.combobox(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  party(n: number): Locator {
    return this.page.getByRole('group', { name: `当事人 ${n}` });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存案件', exact: true }).click();
  }
}
