/**
 * Case cards as large as the app lets a person make them (200 parties with full addresses, facts
 * and claims at their limits), in Chinese: about 370 KB of JSON each, valid under the app's card
 * schema and the server's content limits, for tests of how the server handles volume.
 */
import type { CaseCardInput } from '../../../../src-shared/domain/caseCard';

const PHRASE = '申请人在建筑工地务工期间被拖欠工资，多次讨要未果，生活十分困难。';

/** `length` characters of Chinese prose, varied by `seed` so records do not repeat each other. */
function prose(length: number, seed: number): string {
  const start = seed % PHRASE.length;
  const text = PHRASE.slice(start) + PHRASE.repeat(Math.ceil(length / PHRASE.length) + 1);
  return text.slice(0, length);
}

export type LargeCase = CaseCardInput & {
  provisionalNo: string;
  createdAt: string;
  createdBy: string;
  updatedBy: string;
};

export function largeCase(n: number): LargeCase {
  return {
    title: `第${String(n)}号 ${prose(150, n)}`,
    caseType: 'civilJudgment',
    source: 'application',
    focalPoint: 'workers',
    status: 'received',
    parties: Array.from({ length: 200 }, (_, i) => ({
      id: `party-${String(i)}`,
      role: i === 0 ? 'respondent' : 'applicant',
      name: prose(100, n + i),
      sex: 'unknown',
      ethnicity: prose(20, i),
      occupation: prose(50, i + 1),
      employer: prose(100, i + 2),
      address: prose(200, i + 3),
      idType: 'residentId',
      flags: [],
    })),
    claims: prose(5000, n + 1),
    facts: prose(20000, n + 2),
    handlerId: 'user-handler',
    department: 'civil',
    receivedAt: '2026-11-02',
    provisionalNo: `340102-2026-${String(n).padStart(5, '0')}`,
    createdAt: '2026-11-02T09:00:00+08:00',
    createdBy: 'user-handler',
    updatedBy: 'user-handler',
  };
}
