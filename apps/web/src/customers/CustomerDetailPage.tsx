import { Alert, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/notify.tsx';
import { useCan } from '../auth/session-hooks.ts';
import { DeviceFormModal } from '../devices/DeviceFormModal.tsx';
import { DevicesTable } from '../devices/DevicesTable.tsx';
import { useDeviceList } from '../devices/use-devices.ts';
import { BackLink, PageLoader } from '../pages/PageStates.tsx';
import { usePageTitle } from '../pages/use-page-title.ts';
import { CustomerSlaPolicySection } from '../sla/customer/CustomerSlaPolicySection.tsx';
import { useWorkOrderList } from '../work-orders/use-work-orders.ts';
import { WorkOrdersTable } from '../work-orders/WorkOrdersTable.tsx';
import { ContactFormModal } from './ContactFormModal.tsx';
import { CustomerFormModal } from './CustomerFormModal.tsx';
import { CustomerInfoCard } from './CustomerInfoCard.tsx';
import { useCustomer, useCustomerContacts } from './use-customers.ts';

export function CustomerDetailPage({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('customer:write');
  const canAddDevice = useCan('device:write');
  const canOpenOrders = useCan('work_order:read');
  const customer = useCustomer(customerId);
  const contacts = useCustomerContacts(customerId);
  const devices = useDeviceList({ customerId });
  const orders = useWorkOrderList({ customerId });
  const [editing, setEditing] = useState(false);
  const [addingDevice, setAddingDevice] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  usePageTitle(customer.data?.name ?? t('areas.customers.label'));

  if (customer.isPending) {
    return <PageLoader />;
  }
  if (!customer.data) {
    return (
      <Alert color="red" title={t('customers.detail.loadFailed')} data-testid="customer-load-error">
        {errorMessage(customer.error)}
      </Alert>
    );
  }
  const data = customer.data;
  return (
    <>
      <BackLink to="/customers">{t('customers.detail.back')}</BackLink>
      <Group justify="space-between" mt={4} mb="md">
        <Group gap="sm">
          <Title order={2} fz={24} data-testid="customer-name">
            {data.name}
          </Title>
          <Badge variant="light" color={data.type === 'corporate' ? 'grape' : 'blue'}>
            {t(`customers.type.${data.type}`)}
          </Badge>
          {!data.active && <Badge color="gray">{t('customers.detail.inactive')}</Badge>}
        </Group>
        {canWrite && (
          <Button
            variant="default"
            leftSection={<IconEdit size={16} />}
            onClick={() => setEditing(true)}
            data-testid="customer-edit"
          >
            {t('customers.detail.edit')}
          </Button>
        )}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CustomerInfoCard
            customer={data}
            contacts={contacts.data?.items ?? []}
            onAddContact={canWrite ? () => setAddingContact(true) : undefined}
          />
          <CustomerSlaPolicySection customerId={data.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder>
              <Group justify="space-between" p="md" pb="xs">
                <Title order={4}>{t('customers.detail.devices')}</Title>
                {canAddDevice && (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setAddingDevice(true)}
                    data-testid="customer-add-device"
                  >
                    {t('devices.list.new')}
                  </Button>
                )}
              </Group>
              <DevicesTable
                devices={devices.data?.pages.flatMap((page) => page.items) ?? []}
                showCustomer={false}
              />
            </Paper>
            {canOpenOrders && (
              <Paper withBorder>
                <Title order={4} p="md" pb="xs">
                  {t('customers.detail.workOrders')}
                </Title>
                {orders.isError ? (
                  <Text c="red" p="md" fz="sm">
                    {errorMessage(orders.error)}
                  </Text>
                ) : (
                  <WorkOrdersTable
                    orders={orders.data?.pages.flatMap((page) => page.items) ?? []}
                    sort="-createdAt"
                    hideCustomer
                    onSort={() => {}}
                  />
                )}
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <ContactFormModal customerId={data.id} opened={addingContact} onClose={() => setAddingContact(false)} />
      <CustomerFormModal opened={editing} customer={data} onClose={() => setEditing(false)} />
      <DeviceFormModal
        opened={addingDevice}
        device={null}
        customerId={data.id}
        onClose={() => setAddingDevice(false)}
      />
    </>
  );
}
