import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Popover,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerPicker } from '../customers/CustomerPicker.tsx';
import { DayInput } from './DayInput.tsx';
import { enumOptions } from './enum-options.ts';
import { countActiveFilters, DEFAULT_FILTERS, type WorkOrderFilters } from './list-filters.ts';
import { useAssignees, useCategories } from './use-work-orders.ts';

interface MoreFiltersProps {
  filters: WorkOrderFilters;
  onChange: (patch: Partial<WorkOrderFilters>) => void;
}

/** The filters a desk uses now and then, folded away so the list keeps the screen. */
export function MoreFiltersPopover({ filters, onChange }: MoreFiltersProps) {
  const { t, i18n } = useTranslation();
  const options = enumOptions(t);
  const [opened, setOpened] = useState(false);
  // Asked only when the filters are opened: the list is not needed (nor readable) for every role.
  const assignees = useAssignees(opened);
  const categories = useCategories();
  const active = countActiveFilters(filters);
  const dateInput = (key: 'createdFrom' | 'createdTo' | 'requestedFrom' | 'requestedTo', label: string) => (
    <DayInput
      label={label}
      value={filters[key]}
      onChange={(day) => onChange({ [key]: day })}
      data-testid={`wo-filter-${key}`}
    />
  );
  return (
    <Popover position="bottom-end" width={560} shadow="md" withinPortal opened={opened} onChange={setOpened}>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          rightSection={active > 0 ? <Badge size="sm">{active}</Badge> : null}
          onClick={() => setOpened((open) => !open)}
          data-testid="wo-filters"
        >
          {t('workOrders.filters.more')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <MultiSelect
              label={t('workOrders.filters.phase')}
              data={options.phases}
              value={filters.phase}
              onChange={(phase) => onChange({ phase })}
              comboboxProps={{ withinPortal: false }}
              clearable
              data-testid="wo-filter-phase"
            />
            <MultiSelect
              label={t('workOrders.filters.channel')}
              data={options.channels}
              value={filters.channel}
              onChange={(channel) => onChange({ channel })}
              comboboxProps={{ withinPortal: false }}
              clearable
              data-testid="wo-filter-channel"
            />
            <MultiSelect
              label={t('workOrders.filters.type')}
              data={options.types}
              value={filters.type}
              onChange={(type) => onChange({ type })}
              comboboxProps={{ withinPortal: false }}
              clearable
            />
            <TextInput
              label={t('workOrders.filters.deviceType')}
              placeholder={t('workOrders.filters.deviceTypeHint')}
              value={filters.deviceType}
              onChange={(event) => onChange({ deviceType: event.currentTarget.value })}
              data-testid="wo-filter-deviceType"
            />
            <CustomerPicker
              label={t('workOrders.filters.customer')}
              placeholder={t('workOrders.filters.customerHint')}
              value={filters.customerId}
              onChange={(customerId) => onChange({ customerId })}
              comboboxProps={{ withinPortal: false }}
              data-testid="wo-filter-customer"
            />
            <Select
              label={t('workOrders.filters.technician')}
              data={(assignees.data?.items ?? []).map((user) => ({ value: user.id, label: user.name }))}
              value={filters.technicianId}
              onChange={(technicianId) => onChange({ technicianId })}
              disabled={!assignees.data}
              comboboxProps={{ withinPortal: false }}
              searchable
              clearable
              data-testid="wo-filter-technician"
            />
            <Select
              label={t('workOrders.filters.category')}
              data={(categories.data?.items ?? [])
                .filter((category) => category.active)
                .map((category) => ({
                  value: category.id,
                  label:
                    i18n.resolvedLanguage === 'en' ? (category.nameEn ?? category.nameTr) : category.nameTr,
                }))}
              value={filters.categoryId}
              onChange={(categoryId) => onChange({ categoryId })}
              comboboxProps={{ withinPortal: false }}
              searchable
              clearable
              data-testid="wo-filter-category"
            />
            <div />
            {dateInput('createdFrom', t('workOrders.filters.createdFrom'))}
            {dateInput('createdTo', t('workOrders.filters.createdTo'))}
            {dateInput('requestedFrom', t('workOrders.filters.requestedFrom'))}
            {dateInput('requestedTo', t('workOrders.filters.requestedTo'))}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button
              variant="subtle"
              size="xs"
              onClick={() =>
                onChange({ ...DEFAULT_FILTERS, tab: filters.tab, q: filters.q, sort: filters.sort })
              }
            >
              {t('workOrders.filters.clear')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
