import { useState } from 'react';
import { Button, Group, Paper, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { loadDemoData } from './loadDemoData';

const SIZES = ['200', '1000', '10000', '100000'];

/** "Load demo data": fictional cases for training, marked demo so they never leave the device. */
export function DemoDataPanel() {
  const { t } = useTranslation();
  const [count, setCount] = useState('200');
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async () => {
    setMessage(null);
    setProgress(0);
    try {
      const started = performance.now();
      const added = await loadDemoData(Number(count), (done, total) =>
        setProgress((done / total) * 100),
      );
      const seconds = (performance.now() - started) / 1000;
      setMessage(t('demo.done', { count: added, seconds: seconds.toFixed(1) }));
    } catch (e) {
      setMessage(t('demo.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('demo.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('demo.intro')}
        </Text>
        <Group align="end">
          <Select
            label={t('demo.count')}
            data={SIZES.map((value) => ({
              value,
              label: t('demo.cases', { count: Number(value) }),
            }))}
            value={count}
            onChange={(v) => setCount(v ?? '200')}
            allowDeselect={false}
            w={200}
          />
          <Button onClick={() => void run()} loading={progress !== null}>
            {t('demo.load')}
          </Button>
        </Group>
        {progress !== null ? <Progress value={progress} aria-label={t('demo.progress')} /> : null}
        {message ? <Text role="status">{message}</Text> : null}
      </Stack>
    </Paper>
  );
}
