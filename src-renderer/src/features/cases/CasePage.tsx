import { Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCase } from './useCase';
import { useUsers } from './useUsers';
import { removeCase, undeleteCase } from './commands';
import { PartiesTable } from './PartiesTable';
import { ContentRefusalAlert, SyncBadge } from '../sync';
import { formatDate, formatDateTime } from '../../ui/formatDate';
import { WorkflowPanel } from '../workflows';
import { CaseAttachments } from './CaseAttachments';
import { TypeDetailsPanel } from './TypeDetailsPanel';

export function CasePage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const record = useCase(id);
  const users = useUsers();
  if (record === undefined) return <Loader />;
  if (record === null) return <Text>{t('casePage.notFound')}</Text>;

  const handler = users?.find((u) => u.id === record.handlerId)?.name ?? '';
  const onDelete = async () => {
    const result = await removeCase(record.id);
    if (!result.ok) return;
    const notificationId = `deleted-${record.id}`;
    notifications.show({
      id: notificationId,
      title: t('casePage.deleted', { title: record.title }),
      message: (
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            notifications.hide(notificationId);
            void undeleteCase(record.id);
          }}
        >
          {t('common.undo')}
        </Button>
      ),
      autoClose: 8000,
    });
    void navigate('/cases');
  };

  const field = (label: string, value: string | undefined) => (
    <div>
      <Text size="xs" c="dimmed">
        {t(label)}
      </Text>
      <Text>{value ?? ''}</Text>
    </div>
  );
  const lang = i18n.language;
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Stack gap={4}>
          <Title order={2}>{record.title}</Title>
          <Group gap="xs">
            <Badge variant="outline">{record.provisionalNo}</Badge>
            <Badge>{t(`codes.caseStatus.${record.status}`)}</Badge>
            {record.deleted ? <Badge color="gray">{t('casePage.inDeleted')}</Badge> : null}
            <SyncBadge entityId={record.id} />
          </Group>
        </Stack>
        <Group>
          <Button component={Link} to={`/cases/${record.id}/edit`}>
            {t('common.edit')}
          </Button>
          {record.deleted ? (
            <Button variant="light" onClick={() => void undeleteCase(record.id)}>
              {t('common.restore')}
            </Button>
          ) : (
            <Button color="red" variant="light" onClick={() => void onDelete()}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <ContentRefusalAlert entity="case" entityId={record.id} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {field('case.caseType', t(`codes.caseType.${record.caseType}`))}
          {field('case.source', t(`codes.caseSource.${record.source}`))}
          {field('case.focalPoint', t(`codes.focalPoint.${record.focalPoint}`))}
          {field('case.department', t(`codes.department.${record.department}`))}
          {field('case.handler', handler)}
          {field('case.officialNo', record.officialNo)}
          {field('case.receivedAt', formatDate(record.receivedAt, lang))}
          {field('case.acceptedAt', formatDate(record.acceptedAt, lang))}
          {field('case.updatedAt', formatDateTime(record.updatedAt, lang))}
          {field('case.adminOrgan', record.adminOrgan)}
          {field(
            'caseForm.courtCases',
            record.courtCases.map((c) => [c.number, c.court].filter(Boolean).join(' ')).join('；'),
          )}
          {field(
            'caseForm.agent',
            record.agent
              ? [record.agent.name, record.agent.organisation].filter(Boolean).join(' ')
              : '',
          )}
        </SimpleGrid>
      </Paper>
      <TypeDetailsPanel details={record.typeDetails} />
      <Title order={4}>{t('casePage.parties')}</Title>
      <PartiesTable parties={record.parties} />
      <Title order={4}>{t('case.claims')}</Title>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{record.claims}</Text>
      <Title order={4}>{t('case.facts')}</Title>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{record.facts}</Text>
      {record.result ? (
        <>
          <Title order={4}>{t('caseCard.result')}</Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{record.result}</Text>
        </>
      ) : null}
      <CaseAttachments caseId={record.id} isReadOnly={record.deleted === 1} />
      <WorkflowPanel caseRecord={record} />
    </Stack>
  );
}
