/**
 * The application period of a supervision application (DOMAIN §3A, §3B, §9): 2 years for civil
 * (民事规则 Art. 20), 6 months for administrative (行政规则 Art. 20), both fixed periods (不变期间:
 * no suspension, interruption or extension). An application received after the last day is not
 * accepted (民事规则 Art. 27; 行政规则 Art. 27), so acceptance is refused with the last day named.
 */
import { computeLimitDeadline, isIsoDate, type IsoDate, type TimeLimitId } from '../../calendar';
import { SHIPPED_CALENDAR } from '../periodRunOut';
import { fail, pass, type GuardVerdict } from '../refusal';

export type SupervisionProcedure = 'civil' | 'administrative';

export function applicationLimitOf(procedure: SupervisionProcedure): TimeLimitId {
  return procedure === 'civil' ? 'application.civil' : 'application.administrative';
}

/** The last day to apply, counted from the recorded start (CPL Art. 85 counting). */
export function applicationDeadline(
  procedure: SupervisionProcedure,
  periodStartsOn: IsoDate,
): IsoDate {
  return computeLimitDeadline({
    id: applicationLimitOf(procedure),
    start: periodStartsOn,
    calendar: SHIPPED_CALENDAR,
  }).due;
}

/** Passes when the application was received on or before the period's last day. */
export function checkApplicationInTime(input: {
  procedure: SupervisionProcedure;
  periodStartsOn: string;
  receivedOn: string;
}): GuardVerdict {
  const { procedure, periodStartsOn, receivedOn } = input;
  if (!isIsoDate(periodStartsOn) || !isIsoDate(receivedOn)) {
    return fail('workflow.refusal.periodStartUnknown', { limitId: applicationLimitOf(procedure) });
  }
  const due = applicationDeadline(procedure, periodStartsOn);
  return receivedOn > due
    ? fail('workflow.refusal.applicationPeriodPassed', { due, start: periodStartsOn })
    : pass;
}
