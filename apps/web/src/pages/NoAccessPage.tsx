import { Button, EmptyState, Paper } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './use-page-title.ts';

export function NoAccessPage() {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.title'));
  return (
    <Paper withBorder py={64} px="lg" data-testid="no-access">
      <EmptyState
        variant="light"
        color="orange"
        size="lg"
        icon={<IconShieldLock size={32} stroke={1.5} />}
        title={t('noAccess.title')}
        description={t('noAccess.description')}
        maw={520}
        mx="auto"
      >
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t('common.backHome')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
