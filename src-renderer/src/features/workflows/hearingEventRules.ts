/** The hearing's form rules: officers from the pool, transcript signers, grounds answered. */
import {
  buildSelection,
  requiredOfficerCount,
  transcriptSigners,
} from '../../../../src-shared/workflows';
import { valueAtPath } from '../../db/workflowDue';
import type { Option } from './form/ScalarField';
import { items, str, strings, type EventRule } from './eventRule';
import type { FormEnv } from './eventForms';

/** Active pool entries as choices: name and standing. */
const poolOptions = (env: FormEnv): Option[] =>
  (env.officerPool ?? [])
    .filter((e) => e.isActive)
    .map((e) => ({ value: e.id, label: `${e.name}（${e.occupation}）` }));

function randomSeed(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** Officers chosen from the pool: invited by name, or drawn with a seed from this device. */
export const selectOfficersRule: EventRule = {
  hidden: () => ['officers', 'poolSize', 'poolCandidateIds', 'drawSeed'],
  options: (env) => ({ poolEntryIds: poolOptions(env), recusedPoolEntryIds: poolOptions(env) }),
  initial: (env) => {
    const count = valueAtPath(env.context, 'approval.officerCount');
    return {
      method: 'randomDraw',
      drawCount: requiredOfficerCount(typeof count === 'number' ? count : undefined),
    };
  },
  finalize: (data, env) => {
    const isDraw = data['method'] === 'randomDraw';
    const drawCount = Number(data['drawCount']);
    return buildSelection(env.officerPool ?? [], {
      method: isDraw ? 'randomDraw' : 'invited',
      selectedOn: str(data['selectedOn']),
      chosenIds: strings(data['poolEntryIds']),
      recusedIds: strings(data['recusedPoolEntryIds']),
      ...(isDraw && Number.isInteger(drawCount) ? { drawCount, seed: randomSeed() } : {}),
    });
  },
};

/** Who signs the transcript: those notified and the officers, offered by name. */
export const signerOptions = (env: FormEnv): Option[] =>
  transcriptSigners({
    officers: items(env, 'officers').map((o) => ({ name: str(o['name']) })),
    notice: {
      participantsNotified: strings(valueAtPath(env.context, 'notice.participantsNotified')),
    },
  }).map((name) => ({ value: name, label: name }));

export const answerGroundRule: EventRule = {
  // Which grounds are answered already, so none is overlooked (issue 15 item 9).
  options: (env) => ({
    groundId: items(env, 'grounds').map((g) => ({
      value: str(g['groundId']),
      label: `${str(g['summary'])} · ${env.t(
        g['answer'] ? 'workflowsUi.hearing.groundAnswered' : 'workflowsUi.hearing.groundOpen',
      )}`,
    })),
  }),
};
