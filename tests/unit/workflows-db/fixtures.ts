/** Shared set-up for the workflow repository tests: a device, a case and step data. */
import { createCase } from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { createUser } from '../../../src-renderer/src/db/users';
import type { Actor } from '../../../src-renderer/src/db/actor';
import type { CaseCardInput } from '../../../src-shared/domain/caseCard';
import type { Role } from '../../../src-shared/domain/codes';
import { TEST_KDF, TEST_PASSWORD, setUpDevice, validInput } from '../db/fixtures';

export { residentId } from '../db/fixtures';

export const T0 = new Date('2025-03-01T09:00:00+08:00');

const open: JianhuDb[] = [];

/** Closes every database a test opened (call from afterEach). */
export function closeAll(): void {
  for (const db of open.splice(0)) db.close();
}

/** A set-up device (first user: a procurator) with one case. */
export async function deviceWithCase(overrides: Partial<CaseCardInput> = {}) {
  const { db, actor } = await setUpDevice(T0);
  open.push(db);
  const created = await createCase(db, actor, validInput(1, overrides), T0);
  if (!created.ok) throw new Error('case not created');
  return { db, actor, caseRecord: created.value };
}

/** Another user of the device acting in `role`. */
export async function colleague(db: JianhuDb, actor: Actor, role: Role): Promise<Actor> {
  // The first user is the device's administrator, who creates colleagues.
  const added = await createUser(
    db,
    actor,
    { name: `同事${role}`, role, password: TEST_PASSWORD },
    T0,
    TEST_KDF,
  );
  if (!added.ok) throw new Error('user not added');
  return { ...actor, userId: added.value.id };
}

/** Row counts of every table a workflow write touches. */
export async function counts(db: JianhuDb) {
  const [workflows, steps, documents, audit, outbox] = await Promise.all([
    db.workflows.count(),
    db.steps.count(),
    db.documents.count(),
    db.audit.count(),
    db.outbox.count(),
  ]);
  return { workflows, steps, documents, audit, outbox };
}

/** Moments a day apart, so steps sort by time as they happened. */
export function day(n: number): Date {
  return new Date(T0.getTime() + n * 86_400_000);
}

export const exclusionsNone = {
  majorFault: false,
  refusedCooperation: false,
  falseStatements: false,
  waivedCompensation: false,
  unrelatedHardship: false,
  alreadyCompensated: false,
};

export const wageBase = {
  provinceCode: '340000',
  dataYear: 2023,
  series: 'nonPrivateUnits',
  annualWage: 103688,
};

/** Judicial assistance from informing up to the decision, as a procurator records it. */
export const assistanceToDecision = [
  { type: 'inform', data: { informedOn: '2025-03-01', method: 'written', leadFrom: 'civil' } },
  {
    type: 'receiveApplication',
    data: {
      receivedOn: '2025-03-03',
      form: 'written',
      applicantRelation: 'victim',
      capacity: 'full',
    },
  },
  {
    type: 'confirmMaterials',
    data: {
      checkedOn: '2025-03-04',
      received: [
        'applicationForm',
        'identityProof',
        'harmProof',
        'hardshipProof',
        'compensationStatement',
      ],
    },
  },
  {
    type: 'recordHousehold',
    data: {
      members: 4,
      monthlyIncome: 1200,
      workingCapacity: 'partial',
      lowIncomeStatus: 'dibao',
      hardshipProofIssuer: 'villageCommittee',
    },
  },
  {
    type: 'recordHarm',
    data: {
      kind: 'injury',
      description: '讨薪途中受伤。',
      compensationReceived: 0,
      noCompensationReason: 'offenderUnableToPay',
    },
  },
  {
    type: 'assessEligibility',
    data: {
      assessedOn: '2025-03-10',
      situations: ['civilTort'],
      exclusions: exclusionsNone,
      duplicateCheck: 'clear',
    },
  },
  {
    type: 'calculateAmount',
    data: { calculatedOn: '2025-03-11', wageBase, months: 3, staleBaseConfirmed: true },
  },
] as const;
