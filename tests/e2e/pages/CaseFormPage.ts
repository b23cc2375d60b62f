import { expect, type Locator, type Page } from '@playwright/test';

export type PartyInput = { name: string; idNumber?: string; phone?: string };

/** The create/edit case form, driven by labels as a person reads them. */
export class CaseFormPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '新建案件' }).first().click();
  }

  private async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  party(n: number): Locator {
    return this.page.getByRole('group', { name: `当事人 ${n}` });
  }

  async fillBasics(input: { title: string; facts: string }): Promise<void> {
    await this.page.getByLabel('案件名称').fill(input.title);
    await this.choose('案件类型', '民事生效裁判监督');
    await this.choose('案件来源', '当事人申请');
    await this.choose('行动重点领域', '劳动者权益保护');
    // The case type proposes its department.
    await expect(this.page.getByRole('combobox', { name: '承办部门' })).toHaveValue('民事检察部门');
    await this.page.getByLabel('事实与理由').fill(input.facts);
  }

  async fillParty(n: number, party: PartyInput): Promise<void> {
    const group = this.party(n);
    await group.getByLabel('姓名/名称').fill(party.name);
    if (party.idNumber) await group.getByLabel('证件号码').fill(party.idNumber);
    if (party.phone) await group.getByLabel('联系电话').fill(party.phone);
  }

  async addParty(): Promise<void> {
    await this.page.getByRole('button', { name: '添加当事人' }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }
}

/** The type-specific card of the chosen focal point (e.g. "专项案卡：欠薪"), filled by its labels. */
export class CaseCardFieldset {
  constructor(
    private readonly page: Page,
    private readonly kindLabel: string,
  ) {}

  group(): Locator {
    return this.page.getByRole('group', { name: `专项案卡：${this.kindLabel}` });
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      await this.group().getByLabel(label, { exact: true }).fill(value);
    }
  }
}
