// @vitest-environment jsdom
/**
 * Issue 15 ("Also"): date-time and time fields of the step forms are typed in the app's own
 * format (年-月-日 时:分), never Chromium's mm/dd/yyyy datetime box, and keep the form's value.
 */
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { z } from 'zod';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { SchemaForm } from '../../../src-renderer/src/features/workflows/form/SchemaForm';
import {
  dateTimeKept,
  dateTimeShown,
} from '../../../src-renderer/src/features/workflows/form/dateTimeText';
import { objectFields } from '../../../src-renderer/src/features/workflows/form/schemaFields';
import { stubMantineLayout, stubMatchMedia } from '../../helpers/jsdomMantine';

beforeAll(() => {
  stubMatchMedia();
  stubMantineLayout();
  initI18n('zh-CN');
});
afterEach(cleanup);

describe('date-time text', () => {
  it('keeps "YYYY-MM-DD HH:MM" as the form value and shows it back', () => {
    expect(dateTimeKept('2026-12-06 9:30')).toBe('2026-12-06T09:30');
    expect(dateTimeKept(' 2026-12-06  14:05 ')).toBe('2026-12-06T14:05');
    expect(dateTimeShown('2026-12-06T14:05')).toBe('2026-12-06 14:05');
  });

  it('leaves anything else as typed, for the schema to refuse', () => {
    expect(dateTimeKept('2026-12-0')).toBe('2026-12-0');
    expect(dateTimeKept('12/06/2026 09:30 AM')).toBe('12/06/2026 09:30 AM');
  });
});

describe('step form date-time and time fields', () => {
  it('are text boxes with the app’s placeholders, not the browser’s datetime inputs', () => {
    const changes: unknown[] = [];
    const schema = z.object({ heldAt: z.iso.datetime({ offset: true }), startTime: z.string() });
    render(
      <MantineProvider>
        <SchemaForm
          fields={objectFields(schema)}
          values={{ heldAt: '2026-12-06T09:30', startTime: '' }}
          onChange={(_path, value) => changes.push(value)}
          errors={{}}
        />
      </MantineProvider>,
    );
    expect(
      document.querySelectorAll('input[type="datetime-local"], input[type="time"]'),
    ).toHaveLength(0);
    const heldAt = screen.getByDisplayValue('2026-12-06 09:30');
    expect(heldAt.getAttribute('placeholder')).toBe('年-月-日 时:分');
    expect(screen.getByPlaceholderText('时:分')).toBeTruthy();
    fireEvent.change(heldAt, { target: { value: '2026-12-07 10:00' } });
    expect(changes).toEqual(['2026-12-07T10:00']);
  });
});
