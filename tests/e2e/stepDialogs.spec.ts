/**
 * Issue 15: axe on each step dialog, in zh-CN and en. The dialogs are the events of the shared
 * workflow definitions (src-shared/workflows), so a new event is swept without touching this spec:
 * each workflow is walked through the case page to every state that offers one of its events, and
 * every dialog is opened there with all its fields shown, sent empty once so its refusal and error
 * texts show, and checked in both languages. The spec fails unless it opened every event kind.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/interactions';
import { workflowKinds } from '../../src-shared/workflows';
import { CaseFormPage } from './pages/CaseFormPage';
import { Desk } from './pages/Desk';
import { StepDialogSweep, derivedEventKinds, text } from './pages/StepDialogSweep';
import { WorkflowPanel } from './pages/WorkflowPanel';
import { WORKFLOW_WALKS, walker, type CaseKind } from './pages/workflowWalks';

const CASES: Record<CaseKind, { title: string; type: string; parties: readonly string[] }> = {
  civil: {
    title: '张某与某劳务公司劳务合同纠纷监督案',
    type: '民事生效裁判监督',
    parties: ['张小明', '某建筑劳务有限公司'],
  },
  administrative: {
    title: '李某诉某区人社局工伤认定行政监督案',
    type: '行政诉讼监督',
    parties: ['李某', '某区人力资源和社会保障局'],
  },
  supportProsecution: {
    title: '张某追索劳动报酬支持起诉案',
    type: '支持起诉',
    parties: ['张小明'],
  },
};

test('every step dialog of every workflow passes axe in zh-CN and en, empty and refused', async ({
  page,
}) => {
  // About sixty steps taken and 208 dialogs checked: minutes, not the default two.
  test.setTimeout(900_000);
  await new Desk(page).setUp('合肥市庐阳区人民检察院', '340103', [
    { name: '王检察官', role: '检察官' },
    { name: '李检察长', role: '检察长' },
  ]);
  const panel = new WorkflowPanel(page);
  const sweep = new StepDialogSweep(page);
  const caseOrder = Object.keys(CASES) as CaseKind[];
  // Grouped by the case they run on, so each case is registered once and never left for another.
  const kinds = [...workflowKinds].sort(
    (a, b) =>
      caseOrder.indexOf(WORKFLOW_WALKS[a].caseKind) - caseOrder.indexOf(WORKFLOW_WALKS[b].caseKind),
  );
  let openCase: CaseKind | null = null;

  for (const kind of kinds) {
    const { caseKind, start, walk } = WORKFLOW_WALKS[kind];
    await test.step(kind, async () => {
      if (openCase !== caseKind) {
        await registerCase(page, CASES[caseKind]);
        openCase = caseKind;
      }
      const title = text('zh-CN', `workflow.${kind}.title`);
      await panel.start(title, start);
      await sweep.sweep(kind);
      await walk(walker(page, panel, title, () => sweep.sweep(kind)));
      const missed = derivedEventKinds([kind]).filter((k) => !sweep.checked.has(k));
      expect(missed, `${kind}: dialogs never offered enabled on the walk`).toEqual([]);
    });
  }

  const derived = derivedEventKinds(workflowKinds);
  expect(sweep.checked.size).toBe(derived.length);
  expect([...sweep.checked].sort()).toEqual([...derived].sort());
});

async function registerCase(
  page: Page,
  { title, type, parties }: (typeof CASES)[CaseKind],
): Promise<void> {
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title, facts: '申请人与被申请人就欠付款项发生争议。' });
  await page.getByRole('combobox', { name: '案件类型' }).click();
  await page.getByRole('option', { name: type, exact: true }).click();
  for (const [i, name] of parties.entries()) {
    if (i > 0) await form.addParty();
    await form.fillParty(i + 1, { name });
  }
  await form.save();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}
