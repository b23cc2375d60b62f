import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { PasswordField } from './PasswordField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesByPath, missingRequired } from '../../ui/issues';
import { changeMyPassword, signOut } from './commands';
import { NewPasswordFields, isConfirmed, type NewPassword } from './NewPasswordFields';
import { refusalText } from './refusalText';

/**
 * A user chooses a new password. `isForced` after an administrator set an initial one: the
 * dialog cannot be dismissed, only left by signing out.
 */
export function ChangePasswordDialog({
  userName,
  isForced,
  onClose,
}: {
  userName: string;
  isForced: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassword>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!isConfirmed(next)) return;
    // An empty current password is a slip, not a wrong password: it never reaches the check.
    const missing = missingRequired({ current });
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    setBusy(true);
    const result = await changeMyPassword(current, next.password);
    setBusy(false);
    if (result.ok) {
      onClose();
      return;
    }
    if ('issues' in result) setErrors(issuesByPath(result.issues));
    else setRefusal(refusalText(t, i18n.language, result));
  };
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  return (
    <Modal
      opened
      onClose={isForced ? () => undefined : onClose}
      withCloseButton={!isForced}
      closeOnEscape={!isForced}
      closeOnClickOutside={!isForced}
      title={t('auth.change.title')}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {isForced ? <Text size="sm">{t('auth.change.forced')}</Text> : null}
          <PasswordField
            label={t('auth.change.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password"
            error={err('current')}
            required
          />
          <NewPasswordFields
            value={next}
            onChange={setNext}
            context={{ userName }}
            error={err('password')}
          />
          {refusal ? (
            <Alert color="red" role="alert">
              {refusal}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            {isForced ? (
              <Button variant="default" onClick={() => void signOut()}>
                {t('auth.menu.signOut')}
              </Button>
            ) : (
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={busy} disabled={!isConfirmed(next)}>
              {t('auth.change.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
