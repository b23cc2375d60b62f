import type { Locator, Page } from '@playwright/test';

/** The 工作台: figures, charts, the breakdown tables and the deadline lists. */
export class WorkbenchPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '工作台' }).click();
  }

  get breakdowns(): Locator {
    return this.page.getByRole('region', { name: '案件分布' });
  }

  /** The bars recharts drew (one per series and category). */
  get bars(): Locator {
    return this.breakdowns.locator('.recharts-bar-rectangle');
  }

  get overdueList(): Locator {
    return this.page.getByRole('table', { name: '已逾期' });
  }

  get dueSoonList(): Locator {
    return this.page.getByRole('table', { name: '3个工作日内到期' });
  }

  /** The unit's count of one category in the open breakdown table, as a button. */
  unitFigure(category: string): Locator {
    return this.breakdowns.getByRole('button', { name: new RegExp(`^本院${category}案件`) });
  }

  /** One of the headline figures (本院案件, 本人有步骤逾期的案件 …), as a button. */
  figure(label: string): Locator {
    return this.page
      .getByRole('region', { name: '本院与本人数据' })
      .getByRole('button', { name: label, exact: true });
  }

  /** The value of one of the wage-arrears figures (欠薪案件数, 涉及劳动者人数, 欠薪金额 …). */
  wageFigure(label: string): Locator {
    return this.page
      .getByRole('region', { name: '欠薪案件' })
      .getByRole('button', { name: label, exact: true })
      .getByTestId('figure-value');
  }
}
