/**
 * What the province follows per model: how many leads went down, how many a county has looked
 * at, how many became cases (and of those, closed with a result), how many were dismissed.
 */
import type { LeadStatus } from '../domain/leadStatus';
import { assertNever } from '../assertNever';
import type { ConsoleLead } from './leadsApi';

/** A lead's progress as the console shows it. */
export type LeadProgress = 'sent' | 'seen' | 'converted' | 'dismissed';

export function leadProgress(status: LeadStatus): LeadProgress {
  switch (status) {
    case 'new':
      return 'sent';
    case 'verifying':
      return 'seen';
    case 'becameCase':
      return 'converted';
    case 'dismissed':
      return 'dismissed';
    default:
      return assertNever(status);
  }
}

export type ModelFigures = {
  model: string;
  /** Every lead of the model (each was sent down). */
  sent: number;
  /** Looked at but not yet decided. */
  seen: number;
  converted: number;
  dismissed: number;
  /** Converted leads whose case is closed (concluded or terminated). */
  closed: number;
  /** Converted leads whose case has a result written. */
  withResult: number;
  /** converted / sent, 0..1 (0 when nothing was sent). */
  conversionRate: number;
};

type FigureLead = Pick<ConsoleLead, 'modelName' | 'status' | 'caseOutcome'>;

/** One row per model, by most leads sent; leads entered on a device (no model) are left out. */
export function leadFiguresByModel(leads: readonly FigureLead[]): ModelFigures[] {
  const byModel = new Map<string, ModelFigures>();
  for (const lead of leads) {
    if (lead.modelName === null) continue;
    const row = byModel.get(lead.modelName) ?? {
      model: lead.modelName,
      sent: 0,
      seen: 0,
      converted: 0,
      dismissed: 0,
      closed: 0,
      withResult: 0,
      conversionRate: 0,
    };
    row.sent += 1;
    const progress = leadProgress(lead.status);
    if (progress === 'seen') row.seen += 1;
    if (progress === 'dismissed') row.dismissed += 1;
    if (progress === 'converted') {
      row.converted += 1;
      if (lead.caseOutcome?.isClosed === true) row.closed += 1;
      if ((lead.caseOutcome?.result ?? null) !== null) row.withResult += 1;
    }
    byModel.set(lead.modelName, row);
  }
  return [...byModel.values()]
    .map((row) => ({ ...row, conversionRate: row.sent === 0 ? 0 : row.converted / row.sent }))
    .sort((a, b) => b.sent - a.sent || a.model.localeCompare(b.model));
}
