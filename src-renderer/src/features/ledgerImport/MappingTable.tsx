import { Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEDGER_FIELDS, type ColumnMapping, type LedgerSheet } from '../../../../src-shared/ledger';

type Props = {
  sheet: LedgerSheet;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
};

const NONE = '';

/** One line per ledger column: its header, its first value, and the case field it goes to. */
export function MappingTable({ sheet, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const first = sheet.rows[0]?.cells ?? [];
  const taken = new Set(Object.values(mapping));
  const options = (column: number) => [
    { value: NONE, label: t('ledgerImport.page.notImported') },
    ...LEDGER_FIELDS.filter((f) => f.key === mapping[column] || !taken.has(f.key)).map((f) => ({
      value: f.key,
      label: t(`ledgerImport.field.${f.key}`) + (f.required ? ' *' : ''),
    })),
  ];
  const choose = (column: number, key: string | null) => {
    const next: ColumnMapping = Object.fromEntries(
      Object.entries(mapping).filter(([c]) => Number(c) !== column),
    );
    if (key) next[column] = key;
    onChange(next);
  };
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('ledgerImport.page.column')}</Table.Th>
          <Table.Th>{t('ledgerImport.page.sample')}</Table.Th>
          <Table.Th>{t('ledgerImport.page.field')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sheet.headers.map((header, column) => (
          <Table.Tr key={`${column}-${header}`}>
            <Table.Td>{header}</Table.Td>
            <Table.Td>{sampleText(first[column])}</Table.Td>
            <Table.Td>
              <Select
                aria-label={t('ledgerImport.page.field') + ': ' + header}
                data={options(column)}
                value={mapping[column] ?? NONE}
                onChange={(value) => choose(column, value)}
                allowDeselect={false}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function sampleText(cell: LedgerSheet['rows'][number]['cells'][number] | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}
