import { ActionIcon, Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourtCaseDraft } from './caseDraft';

type Props = {
  courtCases: CourtCaseDraft[];
  errors: Record<string, string>;
  onChange: (courtCases: CourtCaseDraft[]) => void;
};

/** The underlying court cases, e.g. "（2021）皖0102民初1234号", with their courts. */
export function CourtCasesFieldset({ courtCases, errors, onChange }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<CourtCaseDraft>) =>
    onChange(courtCases.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Fieldset legend={t('caseForm.courtCases')}>
      <Stack>
        {courtCases.map((c, i) => (
          <Group key={i} align="end">
            <TextInput
              label={t('courtCase.number')}
              value={c.number}
              onChange={(e) => update(i, { number: e.currentTarget.value })}
              error={
                errors[`courtCases.${i}.number`]
                  ? t(errors[`courtCases.${i}.number`] ?? '')
                  : undefined
              }
            />
            <TextInput
              label={t('courtCase.court')}
              value={c.court}
              onChange={(e) => update(i, { court: e.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('caseForm.removeCourtCase')}
              onClick={() => onChange(courtCases.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => onChange([...courtCases, { number: '', court: '' }])}
          >
            {t('caseForm.addCourtCase')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
