import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreSession } from '../api/auth-api.ts';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

export function App() {
  const { t } = useTranslation();
  // The first paint waits for the refresh cookie to be tried, so a signed-in user never sees
  // the login page flash by.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    void restoreSession().finally(() => setRestored(true));
  }, []);

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* Bottom right: toasts never cover the header controls (language, user menu). */}
      <Notifications position="bottom-right" limit={4} />
      <QueryClientProvider client={queryClient}>
        {restored ? (
          <RouterProvider router={router} />
        ) : (
          <Center h="100dvh">
            <Loader aria-label={t('app.loading')} />
          </Center>
        )}
      </QueryClientProvider>
    </MantineProvider>
  );
}
