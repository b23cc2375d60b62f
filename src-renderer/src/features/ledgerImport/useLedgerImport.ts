/**
 * The import's steps as state: a file read (or refused), its mapping, the check, the import.
 * Everything a person reads is translated here once, so the table and the downloaded report say
 * the same.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  missingRequired,
  readLedgerFile,
  type ColumnMapping,
  type LedgerCheck,
  type LedgerSheet,
  type ReportLine,
} from '../../../../src-shared/ledger';
import { checkLedgerOnDevice, importCheckedRows } from './ledgerImportCommands';
import { initialMapping, rememberMapping } from './mappingMemory';

export type Step =
  | { name: 'pick'; busy: boolean; problem: string | null }
  | { name: 'map'; sheet: LedgerSheet; mapping: ColumnMapping; busy: boolean }
  | { name: 'preview'; sheet: LedgerSheet; check: LedgerCheck; lines: ReportLine[] }
  | { name: 'importing'; done: number; total: number }
  | { name: 'done'; imported: number; failure: string | null };

const START: Step = { name: 'pick', busy: false, problem: null };

export function useLedgerImport() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(START);

  const chooseFile = async (file: File | null) => {
    if (!file) return;
    setStep({ name: 'pick', busy: true, problem: null });
    const read = await readLedgerFile(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!read.ok) {
      setStep({ name: 'pick', busy: false, problem: t(read.error.key, read.error.params) });
      return;
    }
    const sheet = read.value;
    setStep({ name: 'map', sheet, mapping: initialMapping(sheet.headers), busy: false });
  };

  const setMapping = (mapping: ColumnMapping) => {
    if (step.name === 'map') setStep({ ...step, mapping });
  };

  const missing = step.name === 'map' ? missingRequired(step.mapping) : [];

  const check = async () => {
    if (step.name !== 'map' || missing.length > 0) return;
    const { sheet, mapping } = step;
    setStep({ ...step, busy: true });
    rememberMapping(sheet.headers, mapping);
    const result = await checkLedgerOnDevice(sheet, mapping);
    const lines = result.issues.map((issue) => ({
      rowNumber: issue.rowNumber,
      column: issue.column ?? t('ledgerImport.page.wholeRow'),
      reason: t(issue.key, issue.params),
    }));
    setStep({ name: 'preview', sheet, check: result, lines });
  };

  const runImport = async () => {
    if (step.name !== 'preview') return;
    const total = step.check.valid.length;
    setStep({ name: 'importing', done: 0, total });
    let done = 0;
    try {
      const imported = await importCheckedRows(step.check, (d) => {
        done = d;
        setStep({ name: 'importing', done: d, total });
      });
      setStep({ name: 'done', imported, failure: null });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStep({ name: 'done', imported: done, failure: t('ledgerImport.page.failed', { reason }) });
    }
  };

  return {
    step,
    missing,
    chooseFile,
    setMapping,
    check,
    runImport,
    restart: () => setStep(START),
  };
}
