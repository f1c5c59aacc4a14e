import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session-hooks.ts';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { SettingsListPage } from '../SettingsListPage.tsx';
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
    <SettingsListPage
      title={t('calendars.title')}
      subtitle={t('calendars.subtitle')}
      action={
        canEdit && (
          <ButtonLink
            to="/settings/calendars/new"
            leftSection={<IconCalendarPlus size={18} />}
            data-testid="calendar-create"
          >
            {t('calendars.new')}
          </ButtonLink>
        )
      }
      readOnlyNote={canEdit ? null : t('calendars.readOnly')}
      query={list}
      items={list.data}
      empty={t('calendars.empty')}
      loadFailed={t('calendars.loadFailed')}
      footer={list.data && list.data.length > 0 && <SlaPreviewPanel calendars={list.data} />}
    >
      <CalendarsTable calendars={list.data ?? []} canEdit={canEdit} />
    </SettingsListPage>
  );
}
