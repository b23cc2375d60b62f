/** What a judicial-assistance workflow accumulates. */
import type { z } from 'zod';
import type { AssistanceAmount } from './assistanceAmount';
import type { AssistanceMaterial } from './assistanceLists';
import type { AssistanceConfig, assistanceSchemas } from './assistanceSchemas';

type Data<K extends keyof typeof assistanceSchemas> = z.infer<(typeof assistanceSchemas)[K]>;

export type AssistanceContext = {
  caseId: string;
  /** The case in which the harm arose (the duplicate check keys on person + this case). */
  sourceCaseId?: string;
  config: AssistanceConfig;
  informing?: Data<'inform'>;
  advance?: Data<'requestAdvance'> & {
    approval?: Data<'approveAdvance'>;
    declined?: Data<'declineAdvance'>;
  };
  application?: Data<'receiveApplication'>;
  materialsReceived: AssistanceMaterial[];
  /** `windowStartsOn` feeds the step's due date; guards recompute it from the recorded dates. */
  supplement?: Data<'issueSupplementNotice'> & { suppliedOn?: string; windowStartsOn?: string };
  /** Materials complete: the acceptance date the 10-working-day decision limit runs from. */
  acceptedOn?: string;
  household?: Data<'recordHousehold'>;
  harm?: Data<'recordHarm'>;
  visits: Data<'recordVisit'>[];
  referrals: (Data<'recordReferral'> & { outcome?: Data<'recordReferralOutcome'> })[];
  eligibility?: Data<'assessEligibility'>;
  amount?: Data<'calculateAmount'> & { result: AssistanceAmount };
  decision?: Data<'decide'> & { decidedByRole: string };
  refusal?: Data<'refuse'>;
  funds: {
    requestedOn?: string;
    arrivedOn?: string;
    applicantNotifiedOn?: string;
  };
  /** The account number itself is not kept here: only its last four digits. */
  payment?: Omit<Data<'pay'>, 'bankAccount'> & { bankAccountMasked?: string };
  withdrawal?: Data<'withdraw'>;
  closure?: Data<'closeCase'>;
};
