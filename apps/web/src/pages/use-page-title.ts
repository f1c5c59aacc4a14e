import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** The browser tab names the page first, so several Usta tabs can be told apart. */
export function usePageTitle(page: string | null): void {
  const { t } = useTranslation();
  useDocumentTitle(page ? `${page} · ${t('app.name')}` : t('app.name'));
}
