/**
 * The time limits the app counts with: the shipped table, with the amounts of the configurable
 * ([S]/[U]) limits from the server's `timeLimits` reference data once they are stored. Like the
 * holiday calendar, in-memory state follows the database: set only after the row is committed.
 */
import {
  activeTimeLimitsFrom,
  type ActiveTimeLimits,
  type TimeLimitOverrides,
} from '../../../src-shared/calendar';

let active: ActiveTimeLimits = activeTimeLimitsFrom(undefined);

export function activeTimeLimits(): ActiveTimeLimits {
  return active;
}

/** Call with a payload already checked by `timeLimitOverridesSchema`; undefined = shipped table. */
export function setReferenceTimeLimits(payload: TimeLimitOverrides | undefined): void {
  active = activeTimeLimitsFrom(payload);
}
