import { describe, expect, it } from 'vitest';
import { leadFiguresByModel, leadProgress } from '../../../src-shared/console/leadFigures';
import type { ConsoleLead } from '../../../src-shared/console/leadsApi';

type FigureLead = Pick<ConsoleLead, 'modelName' | 'status' | 'caseOutcome'>;
const outcome = (isClosed: boolean, result: string | null) => ({
  caseStatus: isClosed ? ('concluded' as const) : ('inReview' as const),
  isClosed,
  result,
  reportedAt: '2026-12-01T08:00:00+08:00',
});

describe('lead figures by model', () => {
  it('maps statuses to what the console shows', () => {
    expect(
      ['new', 'verifying', 'becameCase', 'dismissed'].map((s) => leadProgress(s as never)),
    ).toEqual(['sent', 'seen', 'converted', 'dismissed']);
  });

  it('counts sent, seen, converted, dismissed, closed and with result per model', () => {
    const leads: FigureLead[] = [
      { modelName: 'A', status: 'new', caseOutcome: null },
      { modelName: 'A', status: 'verifying', caseOutcome: null },
      { modelName: 'A', status: 'becameCase', caseOutcome: outcome(true, '支持起诉，已判决') },
      { modelName: 'A', status: 'becameCase', caseOutcome: outcome(false, null) },
      { modelName: 'A', status: 'dismissed', caseOutcome: null },
      { modelName: 'B', status: 'becameCase', caseOutcome: null },
      { modelName: null, status: 'becameCase', caseOutcome: null },
    ];
    expect(leadFiguresByModel(leads)).toEqual([
      {
        model: 'A',
        sent: 5,
        seen: 1,
        converted: 2,
        dismissed: 1,
        closed: 1,
        withResult: 1,
        conversionRate: 0.4,
      },
      {
        model: 'B',
        sent: 1,
        seen: 0,
        converted: 1,
        dismissed: 0,
        closed: 0,
        withResult: 0,
        conversionRate: 1,
      },
    ]);
    expect(leadFiguresByModel([])).toEqual([]);
  });
});
