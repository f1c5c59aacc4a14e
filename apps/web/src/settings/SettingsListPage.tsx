import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ListPanel } from '../pages/ListPanel.tsx';

interface SettingsListPageProps {
  title: string;
  subtitle: string;
  /** The "new …" link, for those who may edit. */
  action?: ReactNode;
  /** Why the page is read-only, for those who may not edit. */
  readOnlyNote?: string | null;
  /** The list's query, its rows and texts: see ListPanel. */
  query: Parameters<typeof ListPanel>[0]['query'];
  items: readonly unknown[] | undefined;
  empty: string;
  loadFailed?: string;
  /** The table of rows. */
  children: ReactNode;
  /** Anything under the list (the calendars' SLA preview). */
  footer?: ReactNode;
}

/** A settings list's title and subtitle, with its action (a "new" link, a filter) on the right. */
export function SettingsListHeader({
  title,
  subtitle,
  action,
}: Pick<SettingsListPageProps, 'title' | 'subtitle' | 'action'>) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Text fw={600}>{title}</Text>
        <Text c="dimmed" fz="sm">
          {subtitle}
        </Text>
      </div>
      {action}
    </Group>
  );
}

/** One settings tab that lists the company's records (calendars, SLA policies) with a "new" link. */
export function SettingsListPage({
  title,
  subtitle,
  action,
  readOnlyNote,
  query,
  items,
  empty,
  loadFailed,
  children,
  footer,
}: SettingsListPageProps) {
  return (
    <Stack gap="lg">
      <SettingsListHeader title={title} subtitle={subtitle} action={action} />
      {readOnlyNote && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
          {readOnlyNote}
        </Alert>
      )}
      <ListPanel query={query} items={items} empty={empty} loadFailed={loadFailed}>
        {children}
      </ListPanel>
      {footer}
    </Stack>
  );
}
