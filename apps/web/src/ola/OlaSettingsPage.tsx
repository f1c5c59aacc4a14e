import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../pages/use-page-title.ts';
import { OlaTargetsEditor } from './OlaTargetsEditor.tsx';
import { OlaTasksSection } from './OlaTasksSection.tsx';

/** Ayarlar → İç hedefler (OLA): the targets, and every team's open tasks against them. */
export function OlaSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('ola.tab'));
  return (
    <Stack gap="lg">
      <OlaTargetsEditor />
      <OlaTasksSection title={t('ola.allTasksTitle')} subtitle={t('ola.allTasksSubtitle')} />
    </Stack>
  );
}
