import { Button, Checkbox, Group, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../ui/formatDate';
import { issuesByPath } from '../../ui/issues';
import { saveOfficer } from './commands';

const EMPTY = { name: '', occupation: '', expertise: '', contact: '', isPeoplesSupervisor: false };

/** An administrator admits a person to the pool, confirming their qualifications once. */
export function AddOfficerForm() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [isQualified, setQualified] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  const add = async () => {
    if (!isQualified) {
      setErrors({ qualified: 'hearingPool.validation.qualified' });
      return;
    }
    const result = await saveOfficer({
      name: draft.name,
      occupation: draft.occupation,
      expertise: optional(draft.expertise),
      contact: optional(draft.contact),
      isPeoplesSupervisor: draft.isPeoplesSupervisor,
      isActive: true,
      qualificationsCheckedOn: todayIso(),
    });
    if (!result.ok) {
      setErrors(issuesByPath(result.issues));
      return;
    }
    setErrors({});
    setDraft(EMPTY);
    setQualified(false);
  };
  const text = (key: 'name' | 'occupation' | 'expertise' | 'contact', required = false) => (
    <TextInput
      label={t(`hearingPool.field.${key}`)}
      value={draft[key]}
      required={required}
      onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
      error={err(key)}
    />
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <Stack gap="xs">
        <Group grow align="flex-start">
          {text('name', true)}
          {text('occupation', true)}
        </Group>
        <Group grow align="flex-start">
          {text('expertise')}
          {text('contact')}
        </Group>
        <Switch
          label={t('hearingPool.field.isPeoplesSupervisor')}
          checked={draft.isPeoplesSupervisor}
          onChange={(e) => setDraft({ ...draft, isPeoplesSupervisor: e.currentTarget.checked })}
        />
        <Checkbox
          label={t('hearingPool.field.qualified')}
          checked={isQualified}
          onChange={(e) => setQualified(e.currentTarget.checked)}
          error={err('qualified')}
        />
        <Group>
          <Button type="submit">{t('hearingPool.add')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
