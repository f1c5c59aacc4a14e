import { Button, Group, Loader, MultiSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlarm, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session-hooks.ts';
import { ListPanel, LoadMoreButton } from '../pages/ListPanel.tsx';
import { PageHeader } from '../pages/PageHeader.tsx';
import { usePageTitle } from '../pages/use-page-title.ts';
import { enumOptions } from './enum-options.ts';
import { fromListQuery, nextSort, toCountQuery, toListQuery, type WorkOrderFilters } from './list-filters.ts';
import { MoreFiltersPopover } from './MoreFiltersPopover.tsx';
import { SavedViewsMenu } from './SavedViewsMenu.tsx';
import { StatusTabs } from './StatusTabs.tsx';
import { useRememberedFilters } from './use-remembered-filters.ts';
import { useStatusCounts, useWorkOrderList } from './use-work-orders.ts';
import { WorkOrdersTable } from './WorkOrdersTable.tsx';

export function WorkOrdersPage() {
  const { t } = useTranslation();
  usePageTitle(t('areas.work-orders.label'));
  const canCreate = useCan('work_order:create');
  const [filters, setFilters] = useRememberedFilters();
  // Typing waits a moment; everything else applies at once.
  const [q] = useDebouncedValue(filters.q, 300);
  const settled = { ...filters, q };
  const list = useWorkOrderList(toListQuery(settled));
  const counts = useStatusCounts(toCountQuery(settled));
  const orders = list.data?.pages.flatMap((page) => page.items) ?? [];
  const patch = (change: Partial<WorkOrderFilters>) => setFilters((current) => ({ ...current, ...change }));
  const options = enumOptions(t);

  return (
    <>
      <PageHeader
        title={t('areas.work-orders.label')}
        description={t('workOrders.list.subtitle')}
        actions={
          canCreate && (
            <Button
              component={Link}
              to="/work-orders/new"
              leftSection={<IconPlus size={18} />}
              data-testid="wo-create"
            >
              {t('workOrders.list.new')}
            </Button>
          )
        }
      />
      <StatusTabs counts={counts.data} value={filters.tab} onChange={(tab) => patch({ tab })} />
      <Group gap="sm" mb="md" wrap="nowrap">
        <TextInput
          value={filters.q}
          onChange={(event) => patch({ q: event.currentTarget.value })}
          placeholder={t('workOrders.list.search')}
          aria-label={t('workOrders.list.search')}
          leftSection={<IconSearch size={16} />}
          rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size={14} /> : null}
          style={{ flex: 1, minWidth: 200 }}
          data-testid="wo-search"
        />
        <MultiSelect
          data={options.priorities}
          value={filters.priority}
          onChange={(priority) => patch({ priority })}
          placeholder={filters.priority.length ? undefined : t('workOrders.filters.priority')}
          aria-label={t('workOrders.filters.priority')}
          clearable
          w={220}
          data-testid="wo-filter-priority"
        />
        <Button
          variant={filters.sort === 'slaDue' ? 'light' : 'default'}
          leftSection={<IconAlarm size={16} />}
          onClick={() => patch({ sort: nextSort(filters.sort, 'slaDue') })}
          aria-pressed={filters.sort === 'slaDue'}
          data-testid="wo-sort-due-soonest"
        >
          {t('sla.sortDue')}
        </Button>
        <MoreFiltersPopover filters={filters} onChange={patch} />
        <SavedViewsMenu
          current={toListQuery(filters)}
          onApply={(query) => setFilters(fromListQuery(query))}
        />
      </Group>

      <ListPanel query={list} items={orders}>
        <WorkOrdersTable
          orders={orders}
          sort={filters.sort}
          onSort={(column) => patch({ sort: nextSort(filters.sort, column) })}
        />
      </ListPanel>
      <LoadMoreButton list={list} />
    </>
  );
}
