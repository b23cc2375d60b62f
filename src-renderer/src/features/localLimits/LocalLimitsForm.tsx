import { Alert, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Role, codeValues } from '../../../../src-shared/domain/codes';
import type { LocalLimits } from '../../../../src-shared/workflows';
import { issuesByPath } from '../../ui/issues';
import { saveLimits } from './commands';

type Amount = number | '';
type Draft = {
  monthsCap: Amount;
  localCeiling: Amount;
  thresholds: { atLeast: Amount; approverRole: string }[];
  extensionAmount: Amount;
  extensionUnit: 'months' | 'calendarDays';
};

const amountOf = (value: string | number): Amount => (typeof value === 'number' ? value : '');

function draftOf(limits: LocalLimits): Draft {
  const { judicialAssistance: a, adminResolution: r } = limits;
  return {
    monthsCap: a.monthsCap,
    localCeiling: a.localCeiling ?? '',
    thresholds: a.approvalThresholds.map((x) => ({ ...x })),
    extensionAmount: r.extensionMaximum?.amount ?? '',
    extensionUnit: r.extensionMaximum?.unit ?? 'months',
  };
}

/** What is sent: an empty optional field is "not set"; a required one left empty is an error. */
function inputOf(draft: Draft) {
  return {
    judicialAssistance: {
      monthsCap: draft.monthsCap === '' ? undefined : draft.monthsCap,
      ...(draft.localCeiling === '' ? {} : { localCeiling: draft.localCeiling }),
      approvalThresholds: draft.thresholds.map((x) => ({
        atLeast: x.atLeast === '' ? undefined : x.atLeast,
        approverRole: x.approverRole,
      })),
    },
    adminResolution:
      draft.extensionAmount === ''
        ? {}
        : { extensionMaximum: { amount: draft.extensionAmount, unit: draft.extensionUnit } },
  };
}

/** The administrator's form of the unit's limits; each save is one audited change. */
export function LocalLimitsForm(props: { limits: LocalLimits }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(props.limits));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaved, setSaved] = useState(false);
  const err = (path: string) => {
    const key = errors[path];
    if (!key) return undefined;
    return key.startsWith('localLimits.') ? t(key) : t('localLimits.validation.invalid');
  };
  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };
  const setThreshold = (i: number, patch: Partial<Draft['thresholds'][number]>) =>
    change({ thresholds: draft.thresholds.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const save = async () => {
    const result = await saveLimits(inputOf(draft));
    if (!result.ok) {
      setErrors(issuesByPath(result.issues));
      return;
    }
    setErrors({});
    setSaved(true);
  };
  const roles = codeValues(Role).map((value) => ({ value, label: t(`codes.role.${value}`) }));
  const a = 'judicialAssistance';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('localLimits.assistance')}
        </Text>
        <Group grow align="flex-start">
          <NumberInput
            label={t('localLimits.field.monthsCap')}
            required
            min={1}
            max={36}
            // A cap above the national one is refused with its reason, not silently cut to 36.
            clampBehavior="none"
            allowDecimal={false}
            value={draft.monthsCap}
            onChange={(v) => change({ monthsCap: amountOf(v) })}
            error={err(`${a}.monthsCap`)}
          />
          <NumberInput
            label={t('localLimits.field.localCeiling')}
            min={0}
            thousandSeparator=","
            value={draft.localCeiling}
            onChange={(v) => change({ localCeiling: amountOf(v) })}
            error={err(`${a}.localCeiling`)}
          />
        </Group>
        <Text size="sm">{t('localLimits.field.approvalThresholds')}</Text>
        {err(`${a}.approvalThresholds`) ? (
          <Text size="sm" c="red.8">
            {err(`${a}.approvalThresholds`)}
          </Text>
        ) : null}
        {draft.thresholds.map((x, i) => (
          <Group key={i} grow align="flex-end">
            <NumberInput
              label={t('localLimits.field.atLeast')}
              required
              min={0}
              thousandSeparator=","
              value={x.atLeast}
              onChange={(v) => setThreshold(i, { atLeast: amountOf(v) })}
              error={err(`${a}.approvalThresholds.${i}.atLeast`)}
            />
            <Select
              label={t('localLimits.field.approverRole')}
              data={roles}
              value={x.approverRole}
              allowDeselect={false}
              onChange={(v) => v && setThreshold(i, { approverRole: v })}
            />
            <Button
              variant="default"
              onClick={() => change({ thresholds: draft.thresholds.filter((_, j) => j !== i) })}
            >
              {t('localLimits.removeThreshold')}
            </Button>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() =>
              change({
                thresholds: [...draft.thresholds, { atLeast: '', approverRole: 'chiefProcurator' }],
              })
            }
          >
            {t('localLimits.addThreshold')}
          </Button>
        </Group>
        <Text size="sm" fw={500}>
          {t('localLimits.adminResolution')}
        </Text>
        <Text size="sm">{t('localLimits.field.extensionMaximum')}</Text>
        <Group grow align="flex-start">
          <NumberInput
            label={t('localLimits.field.extensionAmount')}
            min={1}
            allowDecimal={false}
            value={draft.extensionAmount}
            onChange={(v) => change({ extensionAmount: amountOf(v) })}
            error={err('adminResolution.extensionMaximum.amount')}
          />
          <Select
            label={t('localLimits.field.extensionUnit')}
            data={(['months', 'calendarDays'] as const).map((value) => ({
              value,
              label: t(`localLimits.unit.${value}`),
            }))}
            value={draft.extensionUnit}
            allowDeselect={false}
            onChange={(v) => v && change({ extensionUnit: v })}
          />
        </Group>
        {isSaved ? <Alert color="green">{t('localLimits.saved')}</Alert> : null}
        {err('') ? <Alert color="red">{err('')}</Alert> : null}
        <Group>
          <Button type="submit">{t('localLimits.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
