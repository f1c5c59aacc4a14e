import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useRouterState } from '@tanstack/react-router';
import type { Me } from '@usta/contracts/auth';
import { useEffect } from 'react';
import { MeContext, useSession } from '../auth/session-hooks.ts';
import { AppHeader } from './AppHeader.tsx';
import { MainNav } from './MainNav.tsx';
import { useMeSync } from './use-me-sync.ts';

export function AppLayout() {
  const current = useSession();
  const [navOpened, nav] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  // On a phone the navbar covers the page; picking a destination should put it away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation on purpose
  useEffect(() => nav.close(), [pathname]);

  // The session just ended; the router is moving to the login page.
  if (!current) return null;
  return <SignedInShell user={current.user} navOpened={navOpened} onToggleNav={nav.toggle} />;
}

interface SignedInShellProps {
  user: Me;
  navOpened: boolean;
  onToggleNav: () => void;
}

function SignedInShell({ user, navOpened, onToggleNav }: SignedInShellProps) {
  useMeSync(user);
  return (
    <MeContext value={user}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 256, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', md: 'xl' }}
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={onToggleNav} />
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <MainNav />
        </AppShell.Navbar>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </MeContext>
  );
}
