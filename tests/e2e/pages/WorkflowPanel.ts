import { expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers/axe';

/** A field's label as rendered: the text, then " *" when the field is required. */
export function labelled(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

/** A form in a dialog, generated from a step's schema: fields found by their labels. */
export class StepForm {
  constructor(
    private readonly page: Page,
    readonly root: Locator,
  ) {}

  async fill(label: string, value: string, scope: Locator = this.root): Promise<void> {
    await scope.getByLabel(labelled(label)).fill(value);
  }

  async choose(label: string, option: string, scope: Locator = this.root): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** A yes/no question (a radio group). */
  async answer(label: string, isYes: boolean, scope: Locator = this.root): Promise<void> {
    await scope
      .getByRole('radiogroup', { name: label, exact: true })
      .getByRole('radio', { name: isYes ? '是' : '否' })
      .check();
  }

  /** Answers every yes/no question inside a fieldset (or the whole form) the same way. */
  async answerAll(group: string | null, isYes: boolean): Promise<void> {
    const groups = (group === null ? this.root : this.group(group)).getByRole('radiogroup');
    for (const radios of await groups.all()) {
      await radios.getByRole('radio', { name: isYes ? '是' : '否' }).check();
    }
  }

  async check(label: string, scope: Locator = this.root): Promise<void> {
    await scope.getByRole('checkbox', { name: label, exact: true }).check();
  }

  group(name: string): Locator {
    return this.root.getByRole('group', { name, exact: true });
  }

  /** Adds an entry to a list and returns its fieldset ('参加人员 1'). */
  async addItem(list: string): Promise<Locator> {
    await this.root.getByRole('button', { name: `添加${list}`, exact: true }).click();
    const items = this.root.getByRole('group', { name: new RegExp(`^${list} \\d+$`) });
    return items.last();
  }

  /** Adds entries to a free-text list (tags input). */
  async addTexts(label: string, values: readonly string[]): Promise<void> {
    const input = this.root.getByLabel(labelled(label));
    for (const value of values) {
      await input.fill(value);
      await input.press('Enter');
    }
  }

  async submit(name = '确认'): Promise<void> {
    await this.root.getByRole('button', { name, exact: true }).click();
  }

  /** Submits and waits for the dialog to close (the step was accepted). */
  async confirm(name = '确认'): Promise<void> {
    await this.submit(name);
    await expect(this.root).toBeHidden();
  }

  /** The refusal shown when the engine said no (nothing was written). */
  get refusal(): Locator {
    return this.root.getByRole('alert', { name: '未执行，未保存任何内容' });
  }

  /**
   * After a refusal that names a role: the approver present at the desk chooses themselves and
   * confirms with their own password; the step is then taken and the dialog closes.
   */
  async confirmByApprover(name: string, role: string, password: string): Promise<void> {
    const prompt = this.root.getByRole('alert', { name: /^此步骤须由.+审批$/ });
    await expect(prompt).toBeVisible();
    const approver = prompt.getByRole('combobox', { name: '审批人', exact: true });
    // The only holder of the role at this desk is chosen already.
    if ((await approver.inputValue()) !== `${name}（${role}）`) {
      await approver.click();
      await this.root
        .page()
        .getByRole('option', { name: `${name}（${role}）` })
        .click();
    }
    await prompt.getByLabel('审批人密码').fill(password);
    await prompt.getByRole('button', { name: '确认并执行' }).click();
    await expect(this.root).toBeHidden();
  }

  /** After a refusal that names a role: sends an approval request instead. */
  async requestApproval(note: string): Promise<void> {
    const prompt = this.root.getByRole('alert', { name: /^此步骤须由.+审批$/ });
    await prompt.getByLabel('请求说明（可选）').fill(note);
    await prompt.getByRole('button', { name: '发送审批请求' }).click();
    await expect(this.root).toBeHidden();
  }
}

/** The case page's workflow panel: start workflows, take steps, read where they stand. */
export class WorkflowPanel {
  constructor(private readonly page: Page) {}

  card(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  currentStep(title: string): Locator {
    return this.card(title).locator('[aria-current="step"]');
  }

  action(card: string, name: string): Locator {
    return this.card(card).getByRole('button', { name, exact: true });
  }

  async start(workflow: string, fill?: (form: StepForm) => Promise<void>): Promise<void> {
    await this.page.getByRole('button', { name: '启动流程', exact: true }).click();
    const form = new StepForm(this.page, this.page.getByRole('dialog', { name: '启动流程' }));
    await form.choose('流程', workflow);
    if (fill) await fill(form);
    await expectAccessible(this.page, `start dialog ${workflow}`);
    await form.confirm('启动');
    await expect(this.card(workflow)).toBeVisible();
  }

  /** Opens an action's form; fills it; confirms it unless told not to. */
  async act(
    card: string,
    name: string,
    fill?: (form: StepForm) => Promise<void>,
    { confirm = true }: { confirm?: boolean } = {},
  ): Promise<StepForm> {
    await this.action(card, name).click();
    const form = new StepForm(this.page, this.page.getByRole('dialog', { name }));
    if (fill) await fill(form);
    // Every step dialog a scenario opens is checked as filled in (issue 15: axe on each).
    await expectAccessible(this.page, `step dialog ${name}`);
    if (confirm) await form.confirm();
    return form;
  }

  history(card: string): Locator {
    return this.card(card).getByRole('region', { name: '办理记录' });
  }
}
