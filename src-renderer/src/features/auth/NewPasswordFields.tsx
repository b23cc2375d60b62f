import { Stack } from '@mantine/core';
import { PasswordField } from './PasswordField';
import { useTranslation } from 'react-i18next';
import type { PasswordContext } from '../../../../src-shared/security/passwordPolicy';
import { PasswordRules } from './PasswordRules';

export type NewPassword = { password: string; confirm: string };

/** A new password twice, with the rules listed under it. */
export function NewPasswordFields({
  value,
  onChange,
  context,
  error,
  label,
}: {
  value: NewPassword;
  onChange: (next: NewPassword) => void;
  context: PasswordContext;
  error?: string | undefined;
  label?: string;
}) {
  const { t } = useTranslation();
  const mismatch = value.confirm !== '' && value.confirm !== value.password;
  return (
    <Stack gap="xs">
      <PasswordField
        label={label ?? t('auth.newPassword')}
        value={value.password}
        onChange={(e) => onChange({ ...value, password: e.currentTarget.value })}
        error={error}
        autoComplete="new-password"
        required
      />
      <PasswordField
        label={t('auth.confirmPassword')}
        value={value.confirm}
        onChange={(e) => onChange({ ...value, confirm: e.currentTarget.value })}
        error={mismatch ? t('validation.passwordMismatch') : undefined}
        autoComplete="new-password"
        required
      />
      <PasswordRules password={value.password} context={context} />
    </Stack>
  );
}

/** True when both fields agree (the rules themselves are checked by the command). */
export function isConfirmed(value: NewPassword): boolean {
  return value.password !== '' && value.password === value.confirm;
}
