/** What a reconciliation workflow accumulates as its steps are taken. */
import type { z } from 'zod';
import type { Approval } from '../schemas';
import type { ExtensionSpan } from './extensionMaximum';
import type {
  Agreement,
  AgreementAmendment,
  ExcludedPeriod,
  Legality,
  ReconciliationVariant,
  reconciliationSchemas,
} from './reconciliationSchemas';

type Data<K extends keyof typeof reconciliationSchemas> = z.infer<
  (typeof reconciliationSchemas)[K]
>;

export type SupersededAgreement = {
  agreement: Agreement;
  legality?: Legality;
  signing?: Data<'signAgreement'>;
  supersededOn: string;
};

export type ReconciliationContext = {
  variant: ReconciliationVariant;
  caseId: string;
  /** Start of the 3-month review (民事规则 Art. 52; 行政规则 Art. 56). */
  reviewStartedOn: string;
  /** Simple administrative cases (Arts. 77–79) cannot be extended. */
  isSimpleCase: boolean;
  /** Absent in records of earlier versions and when the default maximum applies. */
  extensionMaximum?: ExtensionSpan;
  excludedPeriods: ExcludedPeriod[];
  extensions: (Data<'extendReview'> & { recordedBy: string })[];
  proposedOn?: string;
  /** Latest willingness record per party. */
  parties: Data<'recordWillingness'>[];
  sessions: Data<'recordSession'>[];
  agreement?: Agreement;
  legality?: Legality;
  signing?: Data<'signAgreement'>;
  /**
   * Agreements a supplementary or amended one replaced, oldest first, each with its legality check
   * and signing; absent in records from before amendments existed.
   */
  superseded?: SupersededAgreement[];
  /** The amendment under way or last signed: its kind, reason and voluntariness statement. */
  amendment?: Omit<AgreementAmendment, keyof Agreement>;
  payments: Data<'recordPayment'>[];
  reminders: Data<'recordReminder'>[];
  termination?: Data<'terminateReview'> & { decidedBy: string };
  abandoned?: Data<'abandonReconciliation'>;
};

export type { Approval };
