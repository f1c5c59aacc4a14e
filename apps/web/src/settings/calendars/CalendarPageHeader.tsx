import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './RouterLinks.tsx';

interface CalendarPageHeaderProps {
  title: string;
  isDefault?: boolean;
  actions?: ReactNode;
}

/** The calendar pages sit under the settings tabs: a back link, the title, its actions. */
export function CalendarPageHeader({ title, isDefault, actions }: CalendarPageHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end" mb="md">
      <Stack gap={4}>
        <AnchorLink to="/settings/calendars" fz="sm" data-testid="calendar-back">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            <Text span inherit>
              {t('calendars.back')}
            </Text>
          </Group>
        </AnchorLink>
        <Group gap="sm">
          <Title order={3}>{title}</Title>
          {isDefault && <Badge variant="light">{t('calendars.default')}</Badge>}
        </Group>
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
