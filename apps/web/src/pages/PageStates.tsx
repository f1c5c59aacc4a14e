import { Center, Group, Loader } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../work-orders/AnchorLink.tsx';

/** What a page shows while its record loads. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py={96}>
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** The quiet "← back to the list" link above a detail page's title. */
export function BackLink({
  to,
  children,
}: {
  to: '/customers' | '/devices' | '/work-orders';
  children: ReactNode;
}) {
  return (
    <AnchorLink to={to} fz="sm" c="dimmed">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {children}
      </Group>
    </AnchorLink>
  );
}
