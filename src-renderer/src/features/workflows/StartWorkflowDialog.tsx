import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import {
  isWorkflowKind,
  workflowCatalog,
  workflowKinds,
  workflowsForCaseType,
  type WorkflowKind,
} from '../../../../src-shared/workflows';
import { todayIso } from '../../ui/formatDate';
import { LocalLimitsSummary, useLocalLimits } from '../localLimits';
import { startWorkflowOnCase } from './commands';
import { mergeValues, prefillDates } from './eventForms';
import { cleanValues, setAt, type FormValues } from './form/formValues';
import { schemaDefaults } from './form/schemaFields';
import { startFields } from './startFields';
import { SchemaForm } from './form/SchemaForm';
import { RefusalAlert } from './RefusalAlert';
import { useRefusal } from './useRefusal';

function startValues(kind: WorkflowKind, caseRecord: CaseRecord): FormValues {
  const today = todayIso();
  const own: FormValues =
    kind === 'judicialAssistance'
      ? { sourceCaseId: caseRecord.courtCases[0]?.number }
      : kind === 'supervisionIntake'
        ? {
            receivedOn: caseRecord.receivedAt,
            procedure: caseRecord.caseType === 'administrative' ? 'administrative' : 'civil',
          }
        : { reviewStartedOn: caseRecord.acceptedAt ?? today };
  return mergeValues(
    schemaDefaults(workflowCatalog[kind].inputSchema),
    prefillDates(startFields(kind), { today, now: new Date() }),
    own,
  );
}

export function StartWorkflowDialog(props: { caseRecord: CaseRecord; onClose: () => void }) {
  const { caseRecord, onClose } = props;
  const { t } = useTranslation();
  const suggested = useMemo(() => workflowsForCaseType(caseRecord.caseType), [caseRecord]);
  const [kind, setKind] = useState<WorkflowKind | null>(suggested[0] ?? null);
  const [values, setValues] = useState<FormValues>(() =>
    kind ? startValues(kind, caseRecord) : {},
  );
  const [isConfirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const refusal = useRefusal();
  const limits = useLocalLimits();
  const limited = kind === 'judicialAssistance' || kind === 'adminResolution' ? kind : null;
  const fields = kind ? startFields(kind) : [];
  const isSuggested = kind !== null && suggested.includes(kind);
  const label = (k: WorkflowKind) => t(workflowCatalog[k].titleKey);
  const choose = (value: string | null) => {
    const next = value && isWorkflowKind(value) ? value : null;
    setKind(next);
    setValues(next ? startValues(next, caseRecord) : {});
    setConfirmed(false);
    refusal.clear();
  };
  const submit = async () => {
    if (!kind) return;
    setBusy(true);
    const result = await startWorkflowOnCase(caseRecord.id, kind, cleanValues(fields, values));
    setBusy(false);
    if (result.ok) onClose();
    else refusal.show(result.reason);
  };
  const others = workflowKinds.filter((k) => !suggested.includes(k));
  return (
    <Modal opened onClose={onClose} title={t('workflowsUi.start.title')} size="lg">
      <Stack>
        <Select
          label={t('workflowsUi.start.kind')}
          data={[
            {
              group: t('workflowsUi.start.suggested'),
              items: suggested.map((k) => ({ value: k, label: label(k) })),
            },
            {
              group: t('workflowsUi.start.others'),
              items: others.map((k) => ({ value: k, label: label(k) })),
            },
          ]}
          value={kind}
          onChange={choose}
          allowDeselect={false}
        />
        {kind && !isSuggested ? (
          <Alert color="yellow" title={t('workflowsUi.start.notSuggested')}>
            <Checkbox
              label={t('workflowsUi.start.confirmOther')}
              checked={isConfirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
            />
          </Alert>
        ) : null}
        <SchemaForm
          fields={fields}
          values={values}
          onChange={(path, value) => setValues((v) => setAt(v, path, value))}
          errors={refusal.fieldErrors}
        />
        {limits && limited ? (
          <Alert color="gray" title={t('localLimits.title')}>
            <Text size="sm">{t('localLimits.readOnlyHint')}</Text>
            <LocalLimitsSummary limits={limits} only={limited} />
          </Alert>
        ) : null}
        <RefusalAlert reason={refusal.reason} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={busy}
            disabled={!kind || (!isSuggested && !isConfirmed)}
          >
            {t('workflowsUi.start.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
