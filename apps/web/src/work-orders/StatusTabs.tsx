import { Badge, Box, Group, ScrollArea, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '../api/work-orders-api.ts';
import { statusName } from './StatusBadge.tsx';

const FINISHED = new Set(['closed', 'cancelled']);

interface StatusTabsProps {
  counts: StatusCounts | undefined;
  value: string;
  onChange: (tab: string) => void;
}

/**
 * Seed 002's "üst sekmeler": the list split by status, each tab with its count and colour.
 * Open and all come first; then every status that has orders (or is the one selected).
 */
export function StatusTabs({ counts, value, onChange }: StatusTabsProps) {
  const { t, i18n } = useTranslation();
  const items = counts?.items ?? [];
  const open = items.filter((item) => !FINISHED.has(item.phase)).reduce((sum, item) => sum + item.count, 0);
  const shown = items.filter((item) => item.count > 0 || item.code === value);
  return (
    <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars mb="sm">
      <Group gap={6} wrap="nowrap" role="tablist" aria-label={t('workOrders.list.tabs')}>
        <Tab
          id="open"
          label={t('workOrders.list.tabOpen')}
          count={open}
          active={value === 'open'}
          onClick={onChange}
        />
        <Tab
          id="all"
          label={t('workOrders.list.tabAll')}
          count={counts?.total}
          active={value === 'all'}
          onClick={onChange}
        />
        {shown.map((item) => (
          <Tab
            key={item.code}
            id={item.code}
            label={statusName(item, i18n.resolvedLanguage)}
            colour={item.colour}
            count={item.count}
            active={value === item.code}
            onClick={onChange}
          />
        ))}
      </Group>
    </ScrollArea>
  );
}

interface TabProps {
  id: string;
  label: string;
  count: number | undefined;
  colour?: string;
  active: boolean;
  onClick: (id: string) => void;
}

function Tab({ id, label, count, colour, active, onClick }: TabProps) {
  return (
    <UnstyledButton
      role="tab"
      aria-selected={active}
      onClick={() => onClick(id)}
      data-testid={`wo-tab-${id}`}
      px="sm"
      py={6}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        whiteSpace: 'nowrap',
        // Many statuses overflow the row: the strip scrolls instead of squeezing the counts away.
        flexShrink: 0,
        fontSize: 'var(--mantine-font-size-sm)',
        fontWeight: active ? 600 : 500,
        background: active ? 'var(--mantine-color-body)' : 'transparent',
        border: `1px solid ${active ? 'var(--mantine-color-gray-4)' : 'transparent'}`,
        boxShadow: active ? 'var(--mantine-shadow-xs)' : undefined,
      }}
    >
      <Group gap={6} wrap="nowrap">
        {colour && <Box w={9} h={9} style={{ borderRadius: '50%', background: colour, flexShrink: 0 }} />}
        {label}
        <Badge
          size="sm"
          variant={active ? 'filled' : 'light'}
          color={active ? 'usta' : 'gray'}
          circle={false}
          style={{ flexShrink: 0, overflow: 'visible' }}
        >
          {count ?? '…'}
        </Badge>
      </Group>
    </UnstyledButton>
  );
}
