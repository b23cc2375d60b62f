import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import {
  approvalNeedOf,
  type AvailableEvent,
  type Refusal,
} from '../../../../src-shared/workflows';
import { useCurrentUser } from '../../app/useCurrentUser';
import type { ApproverProof } from '../../db/approverProof';
import type { WorkflowFailure } from '../../db/workflowResult';
import { ApprovalPrompt } from './approval/ApprovalPrompt';
import { askForApproval, sendWorkflowEventApproved } from './approval/approvalCommands';
import type { WorkflowRecord } from '../../db/workflowRows';
import { todayIso } from '../../ui/formatDate';
import { sendWorkflowEvent } from './commands';
import { EventExtras } from './EventExtras';
import { planEventForm } from './eventForms';
import { cleanValues, setAt, type FormValues, type Path } from './form/formValues';
import { SchemaForm } from './form/SchemaForm';
import { RefusalAlert } from './RefusalAlert';
import { useDuplicateAssistance } from './useDuplicateAssistance';
import { refusalConcerns, useRefusal } from './useRefusal';
import { useReferenceWageBases } from './useReferenceWageBases';
import { useOfficerPool } from '../hearingPool';
import type { WorkflowView } from './workflowView';

type Props = {
  workflow: WorkflowRecord;
  view: WorkflowView;
  event: AvailableEvent;
  caseRecord: CaseRecord;
  onClose: () => void;
};

/** An engine refusal that a person holding a role could lift (not a repository one). */
function isEngineRefusal(reason: WorkflowFailure | null): reason is Refusal {
  return reason !== null && reason.messageKey.startsWith('workflow.refusal.');
}

/**
 * The form of one action: generated from its schema, sent to the engine, refused in words. A
 * refusal that names a role offers the approver's confirmation at this desk or an approval
 * request to their workstation.
 */
export function EventDialog({ workflow, view, event, caseRecord, onClose }: Props) {
  const { t } = useTranslation();
  const duplicates = useDuplicateAssistance(workflow.id, workflow.kind === 'judicialAssistance');
  const wageBases = useReferenceWageBases();
  const officerPool = useOfficerPool();
  const plan = useMemo(
    () =>
      planEventForm(event.type, event.requiredFields, {
        kind: workflow.kind,
        context: view.context,
        caseRecord,
        due: workflow.due,
        duplicates,
        today: todayIso(),
        now: new Date(),
        t,
        wageBases: wageBases ?? undefined,
        officerPool,
      }),
    [event, workflow, view.context, caseRecord, duplicates, t, wageBases, officerPool],
  );
  const [values, setValues] = useState<FormValues>(plan.initial);
  // What the person typed, in order, so a late proposal never wipes it.
  const [edits, setEdits] = useState<readonly (readonly [Path, unknown])[]>([]);
  const [wageBasesAtStart, setWageBasesAtStart] = useState(wageBases);
  if (wageBasesAtStart === undefined && wageBases !== undefined) {
    // The server's wage table was read after the first render: start the form from it, then
    // replay whatever was typed meanwhile (a slow disk can make that several fields).
    setWageBasesAtStart(wageBases);
    setValues(edits.reduce((v, [path, value]) => setAt(v, path, value), plan.initial));
  }
  const [busy, setBusy] = useState(false);
  const refusal = useRefusal();
  const user = useCurrentUser();
  const title = t(event.titleKey);
  const need = isEngineRefusal(refusal.reason) ? approvalNeedOf(refusal.reason) : null;

  const submit = async (approver?: ApproverProof) => {
    setBusy(true);
    const data = plan.finalize(cleanValues(plan.fields, values));
    const input = { type: event.type, data };
    const result = approver
      ? await sendWorkflowEventApproved(workflow.id, input, approver)
      : await sendWorkflowEvent(workflow.id, input);
    setBusy(false);
    if (!result.ok) {
      refusal.show(result.reason);
      return;
    }
    notifications.show({
      message: t('workflowsUi.actions.done', { action: title }),
      color: 'green',
    });
    onClose();
  };

  const request = async (reason: string) => {
    if (!need) return;
    const data = plan.finalize(cleanValues(plan.fields, values));
    const result = await askForApproval(
      workflow.id,
      { type: event.type, data },
      need.roles,
      reason,
    );
    if (!result.ok) return;
    notifications.show({ message: t('workflowsUi.approval.sent'), color: 'blue' });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SchemaForm
            fields={plan.fields}
            values={values}
            onChange={(path, value) => {
              setEdits((e) => [...e, [path, value]]);
              setValues((v) => setAt(v, path, value));
              // A refusal about the field just changed (a late notice's dates) no longer holds.
              if (refusalConcerns(refusal.reason, path)) refusal.clear();
            }}
            errors={refusal.fieldErrors}
            options={plan.options}
          />
          <EventExtras type={event.type} values={values} view={view} duplicates={duplicates} />
          <RefusalAlert reason={refusal.reason} />
          {need && user ? (
            <ApprovalPrompt
              need={need}
              operatorId={user.id}
              onConfirmed={(proof) => submit(proof)}
              onRequest={request}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('workflowsUi.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
