import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../shell/BrandMark.tsx';
import classes from './LoginPage.module.css';

/** The left half of the login page on wide screens: who we are, in one line. */
export function LoginBrandPanel() {
  const { t } = useTranslation();
  return (
    <Box className={classes.brand} visibleFrom="md">
      <BrandMark size="lg" />
      <Stack gap="sm" maw={420}>
        <Text fz={34} fw={700} lh={1.2} style={{ letterSpacing: '-0.02em' }} data-testid="login-tagline">
          {t('app.tagline')}
        </Text>
      </Stack>
      <Text fz="sm" opacity={0.75}>
        {t('login.footer')}
      </Text>
    </Box>
  );
}
