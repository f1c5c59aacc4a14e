import { Alert, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { session } from '../api/client.ts';
import { safeRedirect } from '../app/safe-redirect.ts';
import { usePageTitle } from '../pages/use-page-title.ts';
import { BrandMark } from '../shell/BrandMark.tsx';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { LoginBrandPanel } from './LoginBrandPanel.tsx';
import { LoginForm } from './LoginForm.tsx';
import classes from './LoginPage.module.css';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const router = useRouter();
  const search = useSearch({ from: '/login' });
  const expired = session.endReason === 'expired' && search.redirect !== undefined;

  function goOn() {
    void router.navigate({ href: safeRedirect(search.redirect), replace: true });
  }

  return (
    <Box className={classes.page}>
      <LoginBrandPanel />
      <Box className={classes.formSide}>
        <Group justify="space-between" className={classes.topBar}>
          <Box hiddenFrom="md">
            <BrandMark />
          </Box>
          <Box ml="auto">
            <LanguageSwitch />
          </Box>
        </Group>
        <Paper className={classes.card} withBorder p={{ base: 'lg', sm: 'xl' }} shadow="sm">
          <Stack gap={4} mb="lg">
            <Title order={1} fz={24}>
              {t('login.title')}
            </Title>
            <Text c="dimmed" fz="sm">
              {t('login.subtitle')}
            </Text>
          </Stack>
          {expired && (
            <Alert
              variant="light"
              color="usta"
              icon={<IconInfoCircle size={18} />}
              mb="md"
              data-testid="session-expired"
            >
              {t('login.sessionExpired')}
            </Alert>
          )}
          <LoginForm onSignedIn={goOn} />
        </Paper>
        <Text c="dimmed" fz="xs" ta="center" hiddenFrom="md" mt="lg">
          {t('app.tagline')}
        </Text>
      </Box>
    </Box>
  );
}
