import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button that builds and saves an .xlsx: busy while it works, a notice with the saved name,
 * a translated error (and nothing half-saved) when building or saving fails.
 */
export function ExportButton(props: {
  label: string;
  disabled?: boolean;
  run: () => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const saved = await props.run();
      if (saved)
        notifications.show({ color: 'green', message: t('workbench.exported', { name: saved }) });
    } catch {
      notifications.show({ color: 'red', message: t('workbench.exportFailed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="light" loading={busy} disabled={props.disabled} onClick={() => void onClick()}>
      {props.label}
    </Button>
  );
}
