import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_LEDGER_BYTES, errorReportXlsx, type ReportLine } from '../../../../src-shared/ledger';
import { downloadBlob } from '../../platform/browserFiles';
import { MappingTable } from './MappingTable';
import { ProblemsTable } from './ProblemsTable';
import { useLedgerImport } from './useLedgerImport';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 导入台账: file → column mapping → check with row-level problems → import with progress. */
export function LedgerImportPage() {
  const { t } = useTranslation();
  const flow = useLedgerImport();
  const { step } = flow;
  const again = (
    <Button variant="default" onClick={flow.restart}>
      {t('ledgerImport.page.again')}
    </Button>
  );

  const downloadReport = async (lines: readonly ReportLine[]) => {
    const bytes = await errorReportXlsx(
      {
        sheet: t('ledgerImport.page.reportSheet'),
        row: t('ledgerImport.page.row'),
        column: t('ledgerImport.page.column'),
        reason: t('ledgerImport.page.reason'),
      },
      lines,
    );
    downloadBlob(
      window,
      t('ledgerImport.page.reportFile'),
      new Blob([Uint8Array.from(bytes)], { type: XLSX_TYPE }),
    );
  };

  return (
    <Stack maw={1100}>
      <Title order={2}>{t('ledgerImport.page.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('ledgerImport.page.intro', { max: MAX_LEDGER_BYTES / 1024 / 1024 })}
      </Text>

      {step.name === 'pick' ? (
        <>
          <FileInput
            label={t('ledgerImport.page.file')}
            placeholder={t('ledgerImport.page.filePlaceholder')}
            accept=".xlsx,.csv,.txt"
            disabled={step.busy}
            onChange={(file) => void flow.chooseFile(file)}
            w={400}
          />
          {step.busy ? <Text role="status">{t('ledgerImport.page.reading')}</Text> : null}
          {step.problem ? (
            <Alert color="red" role="alert">
              {step.problem}
            </Alert>
          ) : null}
        </>
      ) : null}

      {step.name === 'map' ? (
        <>
          <Title order={3}>{t('ledgerImport.page.mappingTitle')}</Title>
          <Text size="sm">
            {t('ledgerImport.page.mappingIntro', { rows: step.sheet.rows.length })}
          </Text>
          <MappingTable sheet={step.sheet} mapping={step.mapping} onChange={flow.setMapping} />
          {flow.missing.length > 0 ? (
            <Alert color="yellow" role="alert">
              {t('ledgerImport.page.missingRequired', {
                fields: flow.missing.map((k) => t(`ledgerImport.field.${k}`)).join('、'),
              })}
            </Alert>
          ) : null}
          <Group>
            <Button
              onClick={() => void flow.check()}
              loading={step.busy}
              disabled={flow.missing.length > 0}
            >
              {t('ledgerImport.page.check')}
            </Button>
            {again}
          </Group>
        </>
      ) : null}

      {step.name === 'preview' ? (
        <>
          <Text role="status">
            {t('ledgerImport.page.summary', {
              valid: step.check.valid.length,
              problems: step.lines.length,
              existing: step.check.duplicatesOfExisting,
            })}
          </Text>
          <Group>
            <Button onClick={() => void flow.runImport()} disabled={step.check.valid.length === 0}>
              {t('ledgerImport.page.import', { count: step.check.valid.length })}
            </Button>
            {step.lines.length > 0 ? (
              <Button variant="light" onClick={() => void downloadReport(step.lines)}>
                {t('ledgerImport.page.download')}
              </Button>
            ) : null}
            {again}
          </Group>
          {step.lines.length > 0 ? (
            <>
              <Title order={3}>{t('ledgerImport.page.problemsTitle')}</Title>
              <ProblemsTable lines={step.lines} />
            </>
          ) : null}
        </>
      ) : null}

      {step.name === 'importing' ? (
        <Stack>
          <Text>{t('ledgerImport.page.importing')}</Text>
          <Progress
            value={step.total > 0 ? (step.done / step.total) * 100 : 0}
            aria-label={t('ledgerImport.page.importing')}
          />
        </Stack>
      ) : null}

      {step.name === 'done' ? (
        <>
          {step.failure ? (
            <Alert color="red" role="alert">
              {step.failure}
            </Alert>
          ) : null}
          <Text role="status">{t('ledgerImport.page.done', { count: step.imported })}</Text>
          <Group>
            <Anchor component={Link} to="/cases">
              {t('ledgerImport.page.openCases')}
            </Anchor>
            {again}
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
