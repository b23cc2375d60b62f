/**
 * Where a generated form finds its words. A field's label is `workflowsUi.field.<name>`, or, for
 * an answer per list member (the six exclusions, the officer criteria), that member's list label.
 * An option's label comes from the workflow list or code list holding that value, else
 * `workflowsUi.enumValue.<value>`. A unit test checks every field and option of every schema.
 */
import {
  CaseType,
  Department,
  IdType,
  PartyRole,
  Role,
  Sex,
  VulnerableFlag,
} from '../../../../../src-shared/domain/codes';
import { workflowLists } from '../../../../../src-shared/workflows';

type ListTable = readonly { prefix: string; values: ReadonlySet<string> }[];

const lists: ListTable = [
  ...Object.entries(workflowLists).map(([name, list]) => ({
    prefix: `workflow.lists.${name}`,
    values: new Set<string>(Object.values(list)),
  })),
  ...Object.entries({
    role: Role,
    department: Department,
    vulnerableFlag: VulnerableFlag,
    sex: Sex,
    idType: IdType,
    partyRole: PartyRole,
    caseType: CaseType,
  }).map(([name, list]) => ({
    prefix: `codes.${name}`,
    values: new Set<string>(Object.values(list)),
  })),
];

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) =>
  a.size === b.length && b.every((v) => a.has(v));

/**
 * Label key candidates for a field, best first. `parent` (the enclosing field's name) picks a
 * more precise label where one name means different things ('kind' of a trigger, of a harm).
 */
export function fieldLabelKeys(name: string, parent?: string): string[] {
  const fromLists = lists.filter((l) => l.values.has(name)).map((l) => `${l.prefix}.${name}`);
  const precise = parent === undefined ? [] : [`workflowsUi.fieldIn.${parent}.${name}`];
  return [...precise, `workflowsUi.field.${name}`, ...fromLists];
}

/**
 * The label key of `value` among `options`: the list whose values are exactly the options, else
 * a list wholly inside the options that holds the value (the refusal grounds extend the
 * exclusions), else the generic enum-value key.
 */
export function optionLabelKey(options: readonly string[], value: string): string {
  const exact = lists.find((l) => sameSet(l.values, options));
  if (exact) return `${exact.prefix}.${value}`;
  const inside = lists.find(
    (l) => l.values.has(value) && [...l.values].every((v) => options.includes(v)),
  );
  return inside ? `${inside.prefix}.${value}` : `workflowsUi.enumValue.${value}`;
}
