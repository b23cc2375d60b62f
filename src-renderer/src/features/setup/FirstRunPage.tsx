import { useState } from 'react';
import { Button, Center, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Role } from '../../../../src-shared/domain/codes';
import { completeFirstRun } from '../../db/setup';
import { getDb } from '../../db/database';
import { useSession } from '../../app/sessionStore';
import { issuesByPath, missingRequired } from '../../ui/issues';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { NewPasswordFields, isConfirmed, type NewPassword } from '../auth/NewPasswordFields';
import { RestoreFromBackupButton } from '../backup';

/** The administrator is the unit's system administrator or its case management (案管). */
const ADMIN_ROLES = [Role.systemAdmin, Role.caseManagement] as const;

/**
 * First run: the procuratorate this device belongs to and its administrator, who creates the
 * other users. The app then shows the recovery key once (RecoveryKeyPage) before anything else.
 */
export function FirstRunPage() {
  const { t } = useTranslation();
  const firstRunDone = useSession((s) => s.firstRunDone);
  const [unitName, setUnitName] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const [userName, setUserName] = useState('');
  const [role, setRole] = useState<string>(Role.systemAdmin);
  const [password, setPassword] = useState<NewPassword>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const typed = {
      'unit.name': unitName,
      'unit.code': unitCode,
      'user.name': userName,
      'user.password': password.password,
    };
    const missing = missingRequired(typed);
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    if (!isConfirmed(password)) {
      setErrors({ 'user.password': 'validation.passwordMismatch' });
      return;
    }
    setBusy(true);
    const result = await completeFirstRun(
      getDb(),
      {
        unit: { name: unitName, code: unitCode },
        user: { name: userName, role, password: password.password },
      },
      new Date(),
    );
    setBusy(false);
    if (result.ok) firstRunDone(result.value.userId, result.value.recoveryKey);
    else setErrors(issuesByPath(result.issues));
  };

  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={520}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Title order={2}>{t('setup.title')}</Title>
            <Text c="dimmed" size="sm">
              {t('setup.intro')}
            </Text>
            <TextInput
              label={t('setup.unitName')}
              value={unitName}
              onChange={(e) => setUnitName(e.currentTarget.value)}
              error={err('unit.name')}
              required
            />
            <TextInput
              label={t('setup.unitCode')}
              description={t('setup.unitCodeHint')}
              value={unitCode}
              onChange={(e) => setUnitCode(e.currentTarget.value)}
              error={err('unit.code')}
              inputMode="numeric"
              maxLength={6}
              required
            />
            <TextInput
              label={t('setup.adminName')}
              value={userName}
              onChange={(e) => setUserName(e.currentTarget.value)}
              error={err('user.name')}
              required
            />
            <Select
              label={t('setup.role')}
              data={ADMIN_ROLES.map((value) => ({ value, label: t(`codes.role.${value}`) }))}
              value={role}
              onChange={(v) => setRole(v ?? Role.systemAdmin)}
              error={err('user.role')}
              allowDeselect={false}
            />
            <NewPasswordFields
              value={password}
              onChange={setPassword}
              context={{ userName, unitCode }}
              error={err('user.password')}
              label={t('setup.adminPassword')}
            />
            {errors[''] ? <Text c="red">{t(errors[''])}</Text> : null}
            <Button type="submit" loading={busy}>
              {t('setup.submit')}
            </Button>
            <LanguageSwitch />
          </Stack>
        </form>
        <Stack gap={4} mt="lg">
          <Text c="dimmed" size="sm">
            {t('backup.firstRunHint')}
          </Text>
          <RestoreFromBackupButton current={null} isLink />
        </Stack>
      </Paper>
    </Center>
  );
}
