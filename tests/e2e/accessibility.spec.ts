/**
 * Every main screen and dialog, in zh-CN and in en, with no serious or critical axe finding:
 * first run, sign-in, the case list empty and full, the case form and page, the workflow panel
 * with its start dialog, a step dialog of each of the three workflows and a document dialog,
 * the workbench, leads, the device page, settings (with the hearing-officer pool) and the
 * ledger import page. Every step dialog of every workflow: stepDialogs.spec.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers/interactions';
import { expectAccessible } from './helpers/axe';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { Desk } from './pages/Desk';
import { approveHearing } from './pages/hearingApproval';
import { WorkflowPanel } from './pages/WorkflowPanel';

type Locale = 'zh-CN' | 'en';
type Both = Record<Locale, string>;

const LOCALE_LABEL: Both = { 'zh-CN': '中文', en: 'English' };

async function switchTo(page: Page, locale: Locale): Promise<void> {
  await page
    .getByRole('radiogroup', { name: /^(界面语言|Language)$/ })
    .getByText(LOCALE_LABEL[locale], { exact: true })
    .first()
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** The page as it stands, checked in Chinese and then in English; left in Chinese. */
async function checkPage(page: Page, screen: string): Promise<void> {
  await expectAccessible(page, `${screen} (zh-CN)`);
  await switchTo(page, 'en');
  await expectAccessible(page, `${screen} (en)`);
  await switchTo(page, 'zh-CN');
}

/**
 * A dialog opened by a button, checked in each language: the language is switched on the page
 * (a modal dialog keeps the switch out of reach), the dialog opened, checked and closed again.
 */
async function checkDialog(
  page: Page,
  scope: Locator,
  opener: Both,
  dialog: Both,
  prepare?: (dialog: Locator, locale: Locale) => Promise<void>,
): Promise<void> {
  for (const locale of ['zh-CN', 'en'] as const) {
    await switchTo(page, locale);
    await scope.getByRole('button', { name: opener[locale], exact: true }).click();
    const open = page.getByRole('dialog', { name: dialog[locale] });
    await expect(open).toBeVisible();
    if (prepare) await prepare(open, locale);
    await expectAccessible(page, `${dialog['zh-CN']} (${locale})`);
    await page.keyboard.press('Escape');
    await expect(open).toBeHidden();
  }
  await switchTo(page, 'zh-CN');
}

async function visit(page: Page, link: string, heading: RegExp | string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
}

test('every main screen and dialog passes axe (serious and critical) in zh-CN and en', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const desk = new Desk(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: '开始使用' })).toBeVisible();
  await checkPage(page, 'first run');
  await desk.firstRun('合肥市庐阳区人民检察院', '340103');
  await expect(page.getByRole('heading', { name: '案件列表' })).toBeVisible();
  await checkPage(page, 'case list, empty');

  // The administrator's settings, with the hearing-officer pool panel.
  await visit(page, '设置', '设置');
  await expect(page.getByRole('heading', { name: '听证员库' })).toBeVisible();
  await checkPage(page, 'settings');
  const colleagues = [
    { name: '王检察官', role: '检察官' },
    { name: '李检察长', role: '检察长' },
  ];
  for (const colleague of colleagues) await desk.addUser(colleague);
  await checkPage(page, 'user management');

  await desk.signOut();
  await checkPage(page, 'sign-in');
  await desk.signIn('李检察长', true);
  await desk.signOut();
  await desk.signIn('王检察官', true);

  const form = new CaseFormPage(page);
  await form.open();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  await checkPage(page, 'new case form');
  await form.fillBasics({ title: '王某民事监督案', facts: '双方对欠款事实争议较大。' });
  await form.fillParty(1, { name: '王某' });
  await form.save();
  await expect(page.getByRole('heading', { name: '王某民事监督案' })).toBeVisible();
  await checkPage(page, 'case page');

  const startButton = { 'zh-CN': '启动流程', en: 'Start a workflow' };
  await checkDialog(
    page,
    page.locator('body'),
    startButton,
    startButton,
    async (dialog, locale) => {
      await dialog
        .getByRole('combobox', { name: locale === 'en' ? 'Workflow' : '流程', exact: true })
        .click();
      await expect(page.getByRole('option').first()).toBeVisible();
      await expectAccessible(page, `workflow choice (${locale})`);
      await page.keyboard.press('Escape');
    },
  );
  const panel = new WorkflowPanel(page);
  await panel.start('国家司法救助');
  await panel.start('民事检察和解');
  await panel.start('公开听证', (f) => f.choose('案件类别', '民事诉讼监督'));
  await checkPage(page, 'workflow panel with three workflows');

  const steps: { card: string; action: Both }[] = [
    { card: '国家司法救助', action: { 'zh-CN': '记录告知', en: 'Record informing' } },
    { card: '民事检察和解', action: { 'zh-CN': '引导和解', en: 'Propose reconciliation' } },
    { card: '公开听证', action: { 'zh-CN': '批准听证', en: 'Approve the hearing' } },
  ];
  for (const { card, action } of steps) {
    await checkDialog(
      page,
      panel.card(card).or(page.getByRole('article', { name: cardEn(card) })),
      action,
      action,
    );
  }

  // The hearing notice becomes available once the hearing is approved.
  await approveHearing(panel);
  const hearingCard = panel
    .card('公开听证')
    .or(page.getByRole('article', { name: 'Public hearing' }));
  await checkDialog(
    page,
    hearingCard,
    { 'zh-CN': '生成听证通知书', en: 'Generate Hearing notice' },
    { 'zh-CN': '听证通知书', en: 'Hearing notice' },
  );

  // With demo data: the full list, the workbench, leads.
  await visit(page, '设置', '设置');
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByRole('status')).toContainText('已添加 200 件演示案件', {
    timeout: 60_000,
  });
  const list = new CaseListPage(page);
  await list.open();
  await expect(list.count).not.toHaveText('共 1 件');
  await checkPage(page, 'case list with demo data');
  await visit(page, '工作台', '工作台');
  await checkPage(page, 'workbench');
  await visit(page, '线索', /线索/);
  await checkPage(page, 'leads');
  await visit(page, '设备与同步', /设备/);
  await checkPage(page, 'device and sync');
  await visit(page, '导入台账', /导入台账/);
  await checkPage(page, 'ledger import');
});

function cardEn(card: string): string {
  return (
    (
      {
        国家司法救助: 'National judicial assistance',
        民事检察和解: 'Civil procuratorial reconciliation',
        公开听证: 'Public hearing',
      } as Record<string, string>
    )[card] ?? card
  );
}
