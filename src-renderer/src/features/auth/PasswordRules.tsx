import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  MIN_CHARACTER_KINDS,
  MIN_PASSWORD_LENGTH,
  checkPassword,
  type PasswordContext,
} from '../../../../src-shared/security/passwordPolicy';

/** The password rules with their state as the user types: shown before submit, never a surprise. */
export function PasswordRules({
  password,
  context,
}: {
  password: string;
  context: PasswordContext;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500}>
        {t('auth.rulesTitle')}
      </Text>
      <List size="sm" spacing={2} aria-label={t('auth.rulesTitle')}>
        {checkPassword(password, context).map(({ rule, isMet }) => (
          <List.Item
            key={rule}
            icon={
              <ThemeIcon size={16} radius="xl" color={isMet ? 'teal' : 'gray'} aria-hidden>
                {isMet ? '✓' : '·'}
              </ThemeIcon>
            }
          >
            <Text size="sm" c={isMet ? undefined : 'dimmed'}>
              {t(`auth.rule.${rule}`, { min: MIN_PASSWORD_LENGTH, kinds: MIN_CHARACTER_KINDS })}
              <VisuallyHidden>{isMet ? t('auth.ruleMet') : t('auth.ruleNotMet')}</VisuallyHidden>
            </Text>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
