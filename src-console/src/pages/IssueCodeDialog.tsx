/** Issues a one-time enrolment code for a unit and shows it once: closing the dialog forgets it. */
import { Alert, Button, Code, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedCodeResponse, UnitTreeNode } from '../../../src-shared/console/consoleApi';
import { issueCodeResponseSchema } from '../../../src-shared/console/consoleApi';
import { fetchJson } from '../api/api';
import { formatTime } from './formatTime';
import { useErrorText } from './useErrorText';

export function IssueCodeDialog({
  units,
  initialUnit,
  onClose,
}: {
  units: readonly UnitTreeNode[];
  initialUnit: string | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [unitCode, setUnitCode] = useState<string | null>(initialUnit);
  const [hours, setHours] = useState<number>(72);
  const [issued, setIssued] = useState<IssuedCodeResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const issue = async () => {
    if (unitCode === null) return;
    setError(null);
    try {
      setIssued(
        await fetchJson('/enrollment-codes', issueCodeResponseSchema, {
          method: 'POST',
          body: { unitCode, hours },
        }),
      );
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('devices.issueTitle')}>
      {issued === null ? (
        <Stack>
          <Select
            label={t('devices.unit')}
            data={units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
            value={unitCode}
            onChange={setUnitCode}
            allowDeselect={false}
          />
          <NumberInput
            label={t('devices.validHours')}
            min={1}
            max={720}
            value={hours}
            onChange={(value) => setHours(typeof value === 'number' ? value : 72)}
          />
          {error === null ? null : <Alert color="red">{error}</Alert>}
          <Button onClick={() => void issue()} disabled={unitCode === null}>
            {t('devices.issue')}
          </Button>
        </Stack>
      ) : (
        <Stack>
          <Text>{t('devices.codeShownOnce')}</Text>
          <Code block fz="xl" data-testid="enrolment-code">
            {issued.code}
          </Code>
          <Text size="sm">
            {t('devices.codeValidUntil', { until: formatTime(issued.expiresAt, i18n.language) })}
          </Text>
          <Button onClick={onClose}>{t('common.done')}</Button>
        </Stack>
      )}
    </Modal>
  );
}
