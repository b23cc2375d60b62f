import { Button, Group, Loader, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import { documentTemplates, type DocumentTemplateId } from '../../../../src-shared/documents';
import { useCurrentUser } from '../../app/useCurrentUser';
import type { DocumentDataIssue } from '../../../../src-shared/documents';
import type { WorkflowRecord } from '../../db/workflowRows';
import { todayIso } from '../../ui/formatDate';
import { generateAndSaveDocument } from './commands';
import { prefillDocument } from './documentPrefill';
import { mergeValues } from './eventForms';
import { cleanValues, dottedPath, setAt, type FormValues } from './form/formValues';
import { objectFields, schemaDefaults } from './form/schemaFields';
import { SchemaForm } from './form/SchemaForm';
import { RefusalAlert } from './RefusalAlert';
import { useRefusal } from './useRefusal';
import { useUnitName } from './useUnitName';
import type { WorkflowView } from './workflowView';

type Props = {
  templateId: DocumentTemplateId;
  workflow: WorkflowRecord;
  view: WorkflowView;
  caseRecord: CaseRecord;
  onClose: () => void;
};

/** Waits for the unit and the user, whose names go into the draft, then shows the form. */
export function DocumentDialog(props: Props) {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const user = useCurrentUser();
  const title = t(`workflowsUi.documentTitle.${props.templateId}`);
  return (
    <Modal opened onClose={props.onClose} title={title} size="xl">
      {unitName === undefined || !user ? (
        <Loader size="sm" />
      ) : (
        <DocumentForm {...props} unitName={unitName} userName={user.name} />
      )}
    </Modal>
  );
}

function DocumentForm(props: Props & { unitName: string; userName: string }) {
  const { templateId, workflow, view, caseRecord, onClose } = props;
  const { t, i18n } = useTranslation();
  const template = documentTemplates[templateId];
  const fields = objectFields(template.schema);
  const [values, setValues] = useState<FormValues>(() =>
    mergeValues(
      schemaDefaults(template.schema),
      prefillDocument(templateId, {
        caseRecord,
        context: view.context,
        unitName: props.unitName,
        userName: props.userName,
        today: todayIso(),
        zh: i18n.getFixedT('zh-CN'),
      }),
    ),
  );
  const [issues, setIssues] = useState<readonly DocumentDataIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const refusal = useRefusal();
  const errors = Object.fromEntries(
    issues.map((i) => [dottedPath(i.path), t(i.message, { ...i.params })]),
  );

  const submit = async () => {
    setBusy(true);
    const result = await generateAndSaveDocument({
      caseId: caseRecord.id,
      workflowId: workflow.id,
      templateId,
      data: cleanValues(fields, values),
    });
    setBusy(false);
    if (!result.ok) {
      refusal.show(result.reason);
      setIssues(result.issues);
      return;
    }
    notifications.show({
      message: t('workflowsUi.documents.saved', { title: result.value.document.title }),
      color: 'green',
    });
    onClose();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <SchemaForm
          fields={fields}
          values={values}
          onChange={(path, value) => setValues((v) => setAt(v, path, value))}
          errors={errors}
        />
        <RefusalAlert reason={refusal.reason} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('workflowsUi.documents.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
