/** 线索: import a model's list and send it to the counties, then follow what became of each lead. */
import { Alert, Divider, Stack, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitTreeNode } from '../../../src-shared/console/consoleApi';
import { unitTreeResponseSchema } from '../../../src-shared/console/consoleApi';
import { leadFiguresByModel } from '../../../src-shared/console/leadFigures';
import type { ConsoleLead } from '../../../src-shared/console/leadsApi';
import { leadListResponseSchema } from '../../../src-shared/console/leadsApi';
import { ApiError, call, fetchJson } from '../api/api';
import { useSession } from '../app/session';
import { LeadFiguresPanel } from './LeadFiguresPanel';
import { LeadImportPanel } from './LeadImportPanel';
import { LeadTable } from './LeadTable';
import { useErrorText } from './useErrorText';

export function LeadsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { session } = useSession();
  const canDispatch =
    session.account.role === 'province-admin' || session.account.role === 'city-admin';
  const [leads, setLeads] = useState<ConsoleLead[]>([]);
  const [units, setUnits] = useState<UnitTreeNode[]>([]);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let isCurrent = true;
    Promise.all([
      fetchJson('/leads', leadListResponseSchema),
      fetchJson('/units', unitTreeResponseSchema),
    ]).then(
      ([read, tree]) => {
        if (!isCurrent) return;
        setLeads(read.leads);
        setUnits(tree.units);
      },
      (caught: unknown) => {
        if (isCurrent) setMessage({ color: 'red', text: errorText(caught) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [errorText, version]);

  const figures = useMemo(() => leadFiguresByModel(leads), [leads]);
  const nameOf = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);

  const reassign = async (lead: ConsoleLead, unitCode: string) => {
    try {
      await call(`/leads/${lead.unitCode}/${lead.id}/reassign`, null, {
        method: 'POST',
        body: { unitCode },
      });
      setMessage({ color: 'green', text: t('consoleLeads.list.reassigned') });
      reload();
    } catch (caught) {
      const conflict = caught instanceof ApiError && caught.code === 'conflict';
      setMessage({
        color: 'red',
        text: conflict ? t('consoleLeads.list.conflict') : errorText(caught),
      });
    }
  };

  return (
    <Stack>
      <Title order={2}>{t('nav.leads')}</Title>
      {message === null ? null : <Alert color={message.color}>{message.text}</Alert>}
      {canDispatch ? (
        <>
          <LeadImportPanel unitName={(code) => nameOf.get(code) ?? code} onImported={reload} />
          <Divider />
        </>
      ) : null}
      <LeadFiguresPanel figures={figures} />
      <Divider />
      <LeadTable
        leads={leads}
        units={units}
        canDispatch={canDispatch}
        onReassign={(lead, code) => void reassign(lead, code)}
      />
    </Stack>
  );
}
