import { Button, Center, EmptyState } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './use-page-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Center mih="60dvh" p="lg" data-testid="not-found">
      <EmptyState
        variant="light"
        color="gray"
        size="lg"
        icon={<IconMapPin size={32} stroke={1.5} />}
        title={t('notFound.title')}
        description={t('notFound.description')}
        maw={480}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t('common.backHome')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
