import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalLimits } from '../../../../src-shared/workflows';

type Section = keyof LocalLimits;

/** The unit's limits as read-only lines, for one workflow kind or for all. */
export function LocalLimitsSummary(props: { limits: LocalLimits; only?: Section }) {
  const { limits, only } = props;
  const { t, i18n } = useTranslation();
  const amount = (value: number) => value.toLocaleString(i18n.language);
  const assistance = limits.judicialAssistance;
  const extension = limits.adminResolution.extensionMaximum;
  const lines: Record<Section, string[]> = {
    judicialAssistance: [
      t('localLimits.summary.monthsCap', { months: assistance.monthsCap }),
      assistance.localCeiling === undefined
        ? t('localLimits.summary.noCeiling')
        : t('localLimits.summary.localCeiling', { amount: amount(assistance.localCeiling) }),
      ...assistance.approvalThresholds.map((x) =>
        t('localLimits.summary.threshold', {
          amount: amount(x.atLeast),
          role: t(`codes.role.${x.approverRole}`),
        }),
      ),
    ],
    adminResolution: [
      extension
        ? t('localLimits.summary.extensionMaximum', {
            amount: extension.amount,
            unit: t(`localLimits.unit.${extension.unit}`),
          })
        : t('localLimits.summary.defaultExtension'),
    ],
  };
  const sections = only ? [only] : (Object.keys(lines) as Section[]);
  return (
    <>
      {sections.map((section) => (
        <div key={section}>
          {only ? null : (
            <Text size="sm" fw={500}>
              {t(
                section === 'judicialAssistance'
                  ? 'localLimits.assistance'
                  : 'localLimits.adminResolution',
              )}
            </Text>
          )}
          <List size="sm" aria-label={t('localLimits.title')}>
            {lines[section].map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </div>
      ))}
    </>
  );
}
