/**
 * What the dashboard counts of one judicial-assistance workflow: the amount decided (the
 * `decide` step) and the amount paid (the `pay` step), read from the snapshot's context. The
 * context is stored data, so it is read defensively: a field of the wrong shape counts as absent.
 */
import type { StatsAssistanceRow } from './unitFigures';

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object'
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

const asAmount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const asDate = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function assistanceRowOf(caseId: string, context: unknown): StatsAssistanceRow {
  const decision = field(context, 'decision');
  const payment = field(context, 'payment');
  return {
    caseId,
    decidedOn: asDate(field(decision, 'decidedOn')),
    decidedAmount: asAmount(field(decision, 'amount')),
    paidOn: asDate(field(payment, 'paidOn')),
    paidAmount: asAmount(field(payment, 'amount')),
  };
}
