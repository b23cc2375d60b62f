/** Where each instalment of a reconciliation agreement stands on a given day. */
import type { Instalment } from './reconciliationSchemas';

export type InstalmentStatus = {
  instalmentNo: number;
  dueOn: string;
  amount: number;
  paid: number;
  /** paid in full; overdue = due date passed and not paid in full; due = due today. */
  status: 'paid' | 'overdue' | 'due' | 'pending';
};

/** `today` is a YYYY-MM-DD date passed in by the caller (no clock here). */
export function instalmentStatuses(
  schedule: readonly Instalment[],
  payments: readonly { instalmentNo: number; amount: number }[],
  today: string,
): InstalmentStatus[] {
  return schedule.map((instalment) => {
    const paidFen = payments
      .filter((p) => p.instalmentNo === instalment.instalmentNo)
      .reduce((sum, p) => sum + Math.round(p.amount * 100), 0);
    const paid = paidFen / 100;
    const isPaid = paidFen >= Math.round(instalment.amount * 100);
    const status = isPaid
      ? 'paid'
      : today > instalment.dueOn
        ? 'overdue'
        : today === instalment.dueOn
          ? 'due'
          : 'pending';
    return { ...instalment, paid, status };
  });
}
