import { Center, Loader, Text } from '@mantine/core';
import { IconCalendarMonth } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { CalendarForm } from './CalendarForm.tsx';
import { CalendarPageHeader } from './CalendarPageHeader.tsx';
import { ButtonLink } from './RouterLinks.tsx';
import { useCalendar } from './use-calendars.ts';

/** `/settings/calendars/new` (calendarId null) and `/settings/calendars/$calendarId`. */
export function CalendarEditPage({ calendarId }: { calendarId: string | null }) {
  const { t } = useTranslation();
  const canEdit = useCan('settings:write');
  const navigate = useNavigate();
  const query = useCalendar(calendarId);
  const calendar = query.data ?? null;
  usePageTitle(calendar?.name ?? t('calendars.form.newTitle'));

  if (calendarId !== null && query.isPending) {
    return (
      <Center py={64}>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (calendarId !== null && !calendar) {
    return (
      <Center py={64}>
        <Text c="red">{errorMessage(query.error) || t('calendars.form.notFound')}</Text>
      </Center>
    );
  }

  return (
    <>
      <CalendarPageHeader
        title={calendar ? calendar.name : t('calendars.form.newTitle')}
        isDefault={calendar?.isDefault}
        actions={
          calendar && (
            <ButtonLink
              to="/settings/calendars/$calendarId/year"
              params={{ calendarId: calendar.id }}
              variant="light"
              leftSection={<IconCalendarMonth size={18} />}
              data-testid="calendar-open-year"
            >
              {t('calendars.yearView')}
            </ButtonLink>
          )
        }
      />
      <CalendarForm
        // A new calendar's page becomes its edit page; a fresh form then takes the saved version.
        key={calendar?.id ?? 'new'}
        calendar={calendar}
        canEdit={canEdit}
        onCreated={(created) =>
          void navigate({ to: '/settings/calendars/$calendarId', params: { calendarId: created.id } })
        }
      />
    </>
  );
}
