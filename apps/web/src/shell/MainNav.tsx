import { NavLink, ScrollArea, Stack } from '@mantine/core';
import { IconHome } from '@tabler/icons-react';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/session-hooks.ts';
import { AREA_ICONS, areasOf } from './areas.ts';

export function MainNav() {
  const { t } = useTranslation();
  const me = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const isAt = (path: string) => pathname === path || pathname.startsWith(`${path}/`);

  return (
    <ScrollArea type="scroll" component="nav" aria-label={t('shell.mainNav')}>
      <Stack gap={2}>
        <NavLink
          component={Link}
          to="/"
          label={t('shell.home')}
          leftSection={<IconHome size={19} stroke={1.7} />}
          active={pathname === '/'}
          data-testid="nav-home"
          style={{ borderRadius: 8 }}
        />
        {areasOf(me.areas).map((area) => {
          const Icon = AREA_ICONS[area.key];
          return (
            <NavLink
              key={area.key}
              component={Link}
              to={area.path}
              label={t(`areas.${area.key}.label`)}
              leftSection={<Icon size={19} stroke={1.7} />}
              active={isAt(area.path)}
              data-testid={`nav-${area.key}`}
              style={{ borderRadius: 8 }}
            />
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
