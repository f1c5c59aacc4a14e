import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Title, one line of explanation, the section's action, and a note when the user may only read. */
export function SettingsSectionHeader({
  title,
  subtitle,
  canWrite,
  action,
}: {
  title: string;
  subtitle: string;
  canWrite: boolean;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" mb="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={3} fz="lg">
            {title}
          </Title>
          <Text fz="sm" c="dimmed">
            {subtitle}
          </Text>
        </Stack>
        {canWrite && action}
      </Group>
      {!canWrite && (
        <Alert color="gray" variant="light">
          {t('planning.settings.readOnly')}
        </Alert>
      )}
    </Stack>
  );
}
