import { Alert, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { CalendarsTable } from './CalendarsTable.tsx';
import { ButtonLink } from './RouterLinks.tsx';
import { SlaPreviewPanel } from './SlaPreviewPanel.tsx';
import { useCalendarList } from './use-calendars.ts';

/** Ayarlar → Takvimler: the company's calendars and the SLA due-time preview under them. */
export function CalendarsPage() {
  const { t } = useTranslation();
  usePageTitle(t('calendars.tab'));
  const canEdit = useCan('settings:write');
  const list = useCalendarList();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text fw={600}>{t('calendars.title')}</Text>
          <Text c="dimmed" fz="sm">
            {t('calendars.subtitle')}
          </Text>
        </div>
        {canEdit && (
          <ButtonLink
            to="/settings/calendars/new"
            leftSection={<IconCalendarPlus size={18} />}
            data-testid="calendar-create"
          >
            {t('calendars.new')}
          </ButtonLink>
        )}
      </Group>

      {!canEdit && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
          {t('calendars.readOnly')}
        </Alert>
      )}

      <Paper withBorder>
        {list.isPending ? (
          <Center py={48}>
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : list.isError ? (
          <Center py={48} style={{ flexDirection: 'column', gap: 12 }}>
            <Text c="red">{errorMessage(list.error) || t('calendars.loadFailed')}</Text>
            <Button variant="light" onClick={() => void list.refetch()}>
              {t('common.retry')}
            </Button>
          </Center>
        ) : list.data.length === 0 ? (
          <Center py={48}>
            <Text c="dimmed">{t('calendars.empty')}</Text>
          </Center>
        ) : (
          <CalendarsTable calendars={list.data} canEdit={canEdit} />
        )}
      </Paper>

      {list.data && list.data.length > 0 && <SlaPreviewPanel calendars={list.data} />}
    </Stack>
  );
}
