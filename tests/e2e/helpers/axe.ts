import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { NodeResult, Result } from 'axe-core';

const BLOCKING = new Set(['serious', 'critical']);

/** One offending element: its selector and, for contrast, the measured numbers. */
function describeNode(node: NodeResult): string {
  const target = node.target.map(String).join(' ');
  const contrast = node.any.find((check) => check.id === 'color-contrast')?.data as
    | { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string }
    | undefined;
  if (contrast?.contrastRatio === undefined) return `    ${target}`;
  return `    ${target}  (${String(contrast.fgColor)} on ${String(contrast.bgColor)}: ${String(contrast.contrastRatio)}:1, needs ${String(contrast.expectedContrastRatio)})`;
}

function describe(violation: Result): string {
  return [
    `  ${violation.id} [${String(violation.impact)}] ${violation.help}`,
    ...violation.nodes.map(describeNode),
  ].join('\n');
}

/**
 * A combobox's option list is scrolled from its input (arrow keys move aria-activedescendant),
 * never focused itself; axe cannot see that and reports it as an unreachable scroll region
 * (dequelabs/axe-core#4914). Only that finding, only on a list a combobox controls, is set aside.
 */
async function isComboboxListScroll(page: Page, rule: string, node: NodeResult): Promise<boolean> {
  if (rule !== 'scrollable-region-focusable') return false;
  const selector = node.target.map(String).join(' ');
  return page.evaluate((sel) => {
    const region = document.querySelector(sel);
    const listbox =
      region?.closest('[role="listbox"]') ?? region?.querySelector('[role="listbox"]') ?? null;
    return (
      listbox !== null &&
      document.querySelector(`[role="combobox"][aria-controls="${listbox.id}"]`) !== null
    );
  }, selector);
}

/**
 * axe in the page itself (legacy mode): the default mode merges the frames' results in a blank
 * page it opens for every run, and the app has no frames. axe-core's source (over 500 kB) is
 * evaluated once per document and reused: on a busy machine reading it again, twice a run, took
 * longer than the run itself.
 */
async function builderFor(page: Page): Promise<AxeBuilder> {
  const loaded =
    page.frames().length === 1 &&
    (await page.evaluate(
      () => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
    ));
  return new AxeBuilder(loaded ? { page, axeSource: ';' } : { page }).setLegacyMode();
}

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, listing each
 * with its rule, impact and offending selectors (with the colours and ratio for contrast).
 * Lesser findings are left to review: they do not block a screen. `within` limits the run to one
 * part (a dialog whose page behind is checked on its own): axe then takes a fraction of the time.
 */
export async function expectAccessible(
  page: Page,
  screen: string,
  { within }: { within?: string } = {},
): Promise<void> {
  // Mantine's transitions animate opacity; measuring mid-fade gives false contrast failures.
  await page.waitForTimeout(250);
  const builder = await builderFor(page);
  if (within !== undefined) builder.include(within);
  const results = await builder.analyze();
  const blocking: Result[] = [];
  for (const violation of results.violations) {
    if (!BLOCKING.has(violation.impact ?? '')) continue;
    const nodes = [];
    for (const node of violation.nodes) {
      if (!(await isComboboxListScroll(page, violation.id, node))) nodes.push(node);
    }
    if (nodes.length > 0) blocking.push({ ...violation, nodes });
  }
  expect(blocking.map(describe).join('\n'), `axe: serious or critical on ${screen}`).toBe('');
}
