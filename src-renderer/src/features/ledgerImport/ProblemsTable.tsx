import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportLine } from '../../../../src-shared/ledger';

const SHOWN = 200;

/** The first problems of a check; all of them are in the downloadable report. */
export function ProblemsTable({ lines }: { lines: readonly ReportLine[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Table striped withTableBorder aria-label={t('ledgerImport.page.problemsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledgerImport.page.row')}</Table.Th>
            <Table.Th>{t('ledgerImport.page.column')}</Table.Th>
            <Table.Th>{t('ledgerImport.page.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.slice(0, SHOWN).map((line, i) => (
            <Table.Tr key={i}>
              <Table.Td>{line.rowNumber}</Table.Td>
              <Table.Td>{line.column}</Table.Td>
              <Table.Td>{line.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {lines.length > SHOWN ? (
        <Text size="sm" c="dimmed">
          {t('ledgerImport.page.problemsMore', { shown: SHOWN, total: lines.length })}
        </Text>
      ) : null}
    </>
  );
}
