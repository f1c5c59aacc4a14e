import { Badge, Button, Group, Loader, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { CustomerType } from '@usta/contracts/customers';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session-hooks.ts';
import { ListPanel, LoadMoreButton } from '../pages/ListPanel.tsx';
import { PageHeader } from '../pages/PageHeader.tsx';
import { usePageTitle } from '../pages/use-page-title.ts';
import { AnchorLink } from '../work-orders/AnchorLink.tsx';
import { formatPhone } from '../work-orders/format.ts';
import { CustomerFormModal } from './CustomerFormModal.tsx';
import { useCustomerList } from './use-customers.ts';

type TypeFilter = 'all' | CustomerType;

/** Müşteriler: search by name, phone, tax number or e-mail ("cagri" finds "Çağrı"). */
export function CustomersPage() {
  const { t } = useTranslation();
  usePageTitle(t('areas.customers.label'));
  const navigate = useNavigate();
  const canWrite = useCan('customer:write');
  const [search, setSearch] = useState('');
  const [type, setType] = useState<TypeFilter>('all');
  const [q] = useDebouncedValue(search, 250);
  const list = useCustomerList({ q, type: type === 'all' ? undefined : type });
  const customers = list.data?.pages.flatMap((page) => page.items) ?? [];
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('areas.customers.label')}
        description={t('customers.list.subtitle')}
        actions={
          canWrite && (
            <Button
              leftSection={<IconUserPlus size={18} />}
              onClick={() => setCreating(true)}
              data-testid="customer-create"
            >
              {t('customers.list.new')}
            </Button>
          )
        }
      />
      <Group gap="sm" mb="md">
        <TextInput
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          placeholder={t('customers.list.search')}
          aria-label={t('customers.list.search')}
          leftSection={<IconSearch size={16} />}
          rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size={14} /> : null}
          w={{ base: '100%', sm: 420 }}
          data-testid="customer-search"
        />
        <SegmentedControl
          value={type}
          onChange={(value) => setType(value as TypeFilter)}
          data={[
            { value: 'all', label: t('customers.list.all') },
            { value: 'individual', label: t('customers.type.individual') },
            { value: 'corporate', label: t('customers.type.corporate') },
          ]}
          data-testid="customer-type-filter"
        />
      </Group>
      <ListPanel query={list} items={customers}>
        <Table.ScrollContainer minWidth={800}>
          <Table highlightOnHover verticalSpacing={8} fz="sm" data-testid="customers-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customers.columns.name')}</Table.Th>
                <Table.Th w={110}>{t('customers.columns.type')}</Table.Th>
                <Table.Th w={160}>{t('customers.columns.phone')}</Table.Th>
                <Table.Th w={130}>{t('customers.columns.taxNumber')}</Table.Th>
                <Table.Th>{t('customers.columns.email')}</Table.Th>
                <Table.Th w={170}>{t('customers.columns.city')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {customers.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text c="dimmed" ta="center" py="xl" data-testid="customers-empty">
                      {t('customers.list.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {customers.map((customer) => {
                const address = customer.addresses.find((a) => a.isDefault) ?? customer.addresses[0];
                return (
                  <Table.Tr
                    key={customer.id}
                    style={{ cursor: 'pointer' }}
                    opacity={customer.active ? 1 : 0.6}
                    onClick={() =>
                      void navigate({ to: '/customers/$customerId', params: { customerId: customer.id } })
                    }
                    data-testid={`customer-row-${customer.name}`}
                  >
                    <Table.Td>
                      <AnchorLink
                        to="/customers/$customerId"
                        params={{ customerId: customer.id }}
                        fw={600}
                        fz="sm"
                        onClick={(event) => event.stopPropagation()}
                      >
                        {customer.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={customer.type === 'corporate' ? 'grape' : 'blue'}
                        size="sm"
                      >
                        {t(`customers.type.${customer.type}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatPhone(customer.phones[0]?.number)}
                    </Table.Td>
                    <Table.Td>{customer.taxNumber ?? '—'}</Table.Td>
                    <Table.Td>
                      <Text fz="sm" lineClamp={1}>
                        {customer.emails[0] ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{address ? `${address.district} / ${address.province}` : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListPanel>
      <LoadMoreButton list={list} />
      <CustomerFormModal
        opened={creating}
        customer={null}
        onClose={() => setCreating(false)}
        onSaved={(saved) => void navigate({ to: '/customers/$customerId', params: { customerId: saved.id } })}
      />
    </>
  );
}
