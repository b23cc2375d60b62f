/** Every i18n key the workflows module can hand to the UI. */
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import { cplRenumbering } from '../../../src-shared/workflows/legal/cplRenumbering';
import {
  calculatorKeys,
  listLabelKey,
  workflowLists,
  type WorkflowListName,
} from '../../../src-shared/workflows/lists';
import { refusalKeys } from '../../../src-shared/workflows/refusalKeys';
import { workflowKinds } from '../../../src-shared/workflows/workflowKind';
import {
  assistanceExclusions,
  assistanceSituations,
} from '../../../src-shared/workflows/assistance/assistanceLists';

export function referencedKeys(): string[] {
  const keys = new Set<string>([...refusalKeys, ...calculatorKeys]);
  for (const kind of workflowKinds) {
    const def = workflowCatalog[kind];
    keys.add(def.titleKey);
    for (const meta of Object.values(def.states)) {
      keys.add(meta.titleKey);
      meta.checklist.forEach((k) => keys.add(k));
    }
    for (const event of Object.values(def.events)) {
      if (event) keys.add(event.titleKey);
    }
  }
  for (const [list, members] of Object.entries(workflowLists) as [
    WorkflowListName,
    Record<string, string>,
  ][]) {
    Object.values(members).forEach((id) => keys.add(listLabelKey(list, id)));
  }
  [...assistanceSituations, ...assistanceExclusions].forEach((item) => keys.add(item.labelKey));
  cplRenumbering.forEach((row) => keys.add(`workflow.legal.cplTopic.${row.topic}`));
  return [...keys].sort();
}
