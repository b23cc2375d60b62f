// @vitest-environment jsdom
/** The generated step form marks what zod requires before saving, and shows years as years. */
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { z } from 'zod';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { SchemaForm } from '../../../src-renderer/src/features/workflows/form/SchemaForm';
import { objectFields } from '../../../src-renderer/src/features/workflows/form/schemaFields';
import { workflowCatalog } from '../../../src-shared/workflows';
import { stubMantineLayout, stubMatchMedia } from '../../helpers/jsdomMantine';

beforeAll(() => {
  stubMatchMedia();
  stubMantineLayout();
  initI18n('zh-CN');
});
afterEach(cleanup);

const entry = z.object({ name: z.string().min(1) });
const schema = z.object({
  participants: z.array(entry).min(1),
  schedule: z.array(entry).default([]),
  commitments: z.array(entry),
  dataYear: z.int().min(2000).max(2100),
  annualWage: z.number().positive(),
});

describe('SchemaForm required marks', () => {
  it('issue 15 item 5: a list zod refuses empty is required, one it accepts empty is not', () => {
    const byName = Object.fromEntries(objectFields(schema).map((f) => [f.name, f.isRequired]));
    expect(byName).toEqual({
      participants: true,
      schedule: false,
      commitments: false,
      dataYear: true,
      annualWage: true,
    });
  });

  it('marks the reconciliation session’s 参加人员 as required', () => {
    const session = workflowCatalog.civilReconciliation.events['recordSession']?.schema;
    if (!session) throw new Error('no recordSession schema');
    const participants = objectFields(session).find((f) => f.name === 'participants');
    expect(participants?.isRequired).toBe(true);
  });

  it('issue 15 items 5 and 8: an asterisk on a required list, and 数据年度 without a comma', () => {
    render(
      <MantineProvider>
        <SchemaForm
          fields={objectFields(schema)}
          values={{ dataYear: 2023, annualWage: 103688 }}
          onChange={() => undefined}
          errors={{}}
        />
      </MantineProvider>,
    );
    const legends = [...document.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends.filter((l) => l.endsWith(' *'))).toHaveLength(1);
    const inputs = screen.getAllByRole('textbox').map((i) => (i as HTMLInputElement).value);
    expect(inputs).toContain('2023');
    expect(inputs).toContain('103,688');
  });
});
