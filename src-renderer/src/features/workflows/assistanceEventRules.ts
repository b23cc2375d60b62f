/**
 * The assistance forms' first proposals, taken from the case card by src-shared's prefill
 * functions (src-shared/workflows/assistance/assistancePrefill.ts); only the wording of a
 * described harm is the screen's, in the user's language.
 */
import {
  prefillApplication,
  prefillHarm,
  prefillInform,
  type WageHarmFacts,
} from '../../../../src-shared/workflows';
import type { FormValues } from './form/formValues';
import type { EventRule } from './eventRule';
import type { FormEnv } from './eventForms';

const isAssistance = (env: FormEnv) => env.kind === 'judicialAssistance';

function describeWageHarm(facts: WageHarmFacts, env: FormEnv): string {
  const employer = facts.employer ?? env.t('workflowsUi.prefill.unknownEmployer');
  return facts.amountOwed === undefined
    ? env.t('workflowsUi.prefill.wageHarmNoAmount', { employer })
    : env.t('workflowsUi.prefill.wageHarm', { employer, amount: facts.amountOwed.toFixed(2) });
}

function harmInitial(env: FormEnv): FormValues {
  const { facts, ...figures } = prefillHarm(env.caseRecord);
  return facts ? { ...figures, description: describeWageHarm(facts, env) } : figures;
}

export const assistanceRules: Readonly<Record<string, EventRule>> = {
  inform: { initial: (env) => (isAssistance(env) ? prefillInform(env.caseRecord) : {}) },
  receiveApplication: {
    initial: (env) => (isAssistance(env) ? prefillApplication(env.caseRecord) : {}),
  },
  recordHarm: { initial: (env) => (isAssistance(env) ? harmInitial(env) : {}) },
};
