/** The hearing officers' majority, and whether a decision follows it. */
import type { OfficerPosition } from './hearingLists';

export type Majority = 'agree' | 'disagree' | 'none';

/** Abstentions do not count; a tie has no majority. */
export function majorityPosition(positions: readonly OfficerPosition[]): Majority {
  const agree = positions.filter((p) => p === 'agree').length;
  const disagree = positions.filter((p) => p === 'disagree').length;
  if (agree === disagree) return 'none';
  return agree > disagree ? 'agree' : 'disagree';
}

/** With no majority there is nothing to depart from. */
export function followsMajority(majority: Majority, adoptsProposal: boolean): boolean {
  return majority === 'none' || (majority === 'agree') === adoptsProposal;
}
