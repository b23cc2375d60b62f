import { expect, type Locator, type Page } from '@playwright/test';
import { workflowCatalog, type WorkflowKind } from '../../../src-shared/workflows';
import workflowsEn from '../../../src-shared/workflows/i18n/workflows.en.json';
import workflowsZh from '../../../src-shared/workflows/i18n/workflows.zh-CN.json';
import appEn from '../../../src-renderer/src/i18n/en.json';
import appZh from '../../../src-renderer/src/i18n/zh-CN.json';
import uiEn from '../../../src-renderer/src/features/workflows/workflowsUi.en.json';
import uiZh from '../../../src-renderer/src/features/workflows/workflowsUi.zh-CN.json';
import { expectAccessible } from '../helpers/axe';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const TREES: Record<Locale, readonly unknown[]> = {
  'zh-CN': [workflowsZh, appZh, uiZh],
  en: [workflowsEn, appEn, uiEn],
};

/** The app's text for `key` in `locale`, read from the locale files the app bundles. */
export function text(locale: Locale, key: string): string {
  for (const tree of TREES[locale]) {
    const found = key
      .split('.')
      .reduce<unknown>(
        (node, part) =>
          node !== null && typeof node === 'object'
            ? (node as Record<string, unknown>)[part]
            : undefined,
        tree,
      );
    if (typeof found === 'string') return found;
  }
  throw new Error(`no ${locale} text for ${key}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A "{{label}}" message as a pattern matching it with any label. */
function anyLabel(locale: Locale, key: string): RegExp {
  const [before = '', after = ''] = text(locale, key).split('{{label}}');
  return new RegExp(`^${escape(before)}.+${escape(after)}$`);
}

/** Every event kind of the given workflows, as `kind.event`: the dialogs a sweep must open. */
export function derivedEventKinds(kinds: readonly WorkflowKind[]): string[] {
  return kinds.flatMap((kind) =>
    Object.keys(workflowCatalog[kind].events).map((type) => `${kind}.${type}`),
  );
}

const eventTitle = (locale: Locale, kind: WorkflowKind, type: string) =>
  text(locale, `workflow.${kind}.event.${type}`);

/**
 * Opens the step dialogs of a workflow card as they become available and checks each with axe in
 * both languages: every optional part opened and one entry added to every list (so every field
 * shows), the proposed values emptied and the form sent once, so the engine's refusal and the
 * fields' error texts are on screen too. Only event kinds not yet checked are looked at.
 */
export class StepDialogSweep {
  /** `kind.event` of every dialog checked in both languages. */
  readonly checked = new Set<string>();

  constructor(private readonly page: Page) {}

  card(kind: WorkflowKind, locale: Locale): Locator {
    return this.page.getByRole('article', {
      name: text(locale, `workflow.${kind}.title`),
      exact: true,
    });
  }

  /** Checks every event not checked yet whose button the card offers, enabled, right now. */
  async sweep(kind: WorkflowKind): Promise<void> {
    const types = Object.keys(workflowCatalog[kind].events).filter(
      (type) => !this.checked.has(`${kind}.${type}`),
    );
    const card = this.card(kind, 'zh-CN');
    const titles = Object.keys(workflowCatalog[kind].events).map((type) =>
      escape(eventTitle('zh-CN', kind, type)),
    );
    // A card just mounted shows its actions only once it has read who is signed in.
    await expect(
      card.getByRole('button', { name: new RegExp(`^(${titles.join('|')})$`) }).first(),
    ).toBeVisible();
    const enabled = new Set(
      await card
        .getByRole('button')
        .evaluateAll((buttons) =>
          buttons
            .filter((b) => !(b as HTMLButtonElement).disabled)
            .map((b) => b.textContent.trim()),
        ),
    );
    const ready = types.filter((type) => enabled.has(eventTitle('zh-CN', kind, type)));
    if (ready.length === 0) return;
    for (const locale of LOCALES) {
      await this.switchTo(locale);
      for (const type of ready) await this.check(kind, type, locale);
    }
    await this.switchTo('zh-CN');
    for (const type of ready) this.checked.add(`${kind}.${type}`);
  }

  private async check(kind: WorkflowKind, type: string, locale: Locale): Promise<void> {
    const title = eventTitle(locale, kind, type);
    await this.card(kind, locale).getByRole('button', { name: title, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await revealAll(dialog, locale);
    await emptyTextFields(dialog);
    await dialog
      .getByRole('button', { name: text(locale, 'workflowsUi.form.submit'), exact: true })
      .click();
    // Refused, so nothing was written and the workflow stays where the sweep found it.
    await expect(
      dialog.getByRole('alert', { name: text(locale, 'workflowsUi.refusal.title') }),
    ).toBeVisible();
    // The page behind is the case page, checked on its own (accessibility.spec.ts).
    await expectAccessible(this.page, `${kind}.${type} dialog, sent empty (${locale})`, {
      within: '[role="dialog"]',
    });
    await dialog.getByRole('button', { name: text(locale, 'common.cancel'), exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Switches the interface language in the page's header (a dialog keeps it out of reach). */
  async switchTo(locale: Locale): Promise<void> {
    const html = this.page.locator('html');
    if ((await html.getAttribute('lang')) === locale) return;
    await this.page
      .getByRole('radiogroup', { name: /^(界面语言|Language)$/ })
      .getByText(text(locale, `locale.${locale}`), { exact: true })
      .first()
      .click();
    await expect(html).toHaveAttribute('lang', locale);
  }
}

/** Opens every optional part ("填写…") and adds one entry to every empty list ("添加…"). */
async function revealAll(dialog: Locator, locale: Locale): Promise<void> {
  const fillIn = anyLabel(locale, 'workflowsUi.form.fillIn');
  const add = anyLabel(locale, 'workflowsUi.form.add');
  // One part a round: what it shows may hold further parts and lists.
  for (let round = 0; round < 30; round++) {
    const closed = dialog.getByRole('checkbox', { name: fillIn, checked: false });
    if ((await closed.count()) > 0) {
      await closed.first().check();
      continue;
    }
    const lists = dialog.locator('fieldset').filter({
      has: dialog.page().getByRole('button', { name: add }),
    });
    const empty = await lists.evaluateAll((sets) =>
      sets.findIndex((set) => set.querySelector('fieldset') === null),
    );
    if (empty < 0) return;
    const list = lists.nth(empty);
    await list.getByRole('button', { name: add }).last().click();
    await expect(list.locator('fieldset').first()).toBeVisible();
  }
  throw new Error('a dialog kept showing new parts to open');
}

/** Empties the proposed dates, amounts and names: the form is sent with nothing filled in. */
async function emptyTextFields(dialog: Locator): Promise<void> {
  const fields = dialog.getByRole('textbox');
  const filled = await fields.evaluateAll((inputs) =>
    inputs.flatMap((input, i) => {
      const field = input as HTMLInputElement | HTMLTextAreaElement;
      return field.value !== '' && !field.readOnly && !field.disabled ? [i] : [];
    }),
  );
  for (const i of filled) await fields.nth(i).fill('');
}
