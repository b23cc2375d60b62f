import type { Locator, Page } from '@playwright/test';

export class CaseListPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '案件列表' }).click();
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: '案件' });
  }

  get count(): Locator {
    return this.page.getByText(/^共 [\d,]+ 件$/);
  }

  /** The row of the case with exactly this title ("…案1" is not "…案14"). */
  row(title: string): Locator {
    return this.list.getByRole('listitem', { name: title, exact: true });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: '搜索' }).fill(text);
  }
}
