import { Badge, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { Device } from '@usta/contracts/devices';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../work-orders/AnchorLink.tsx';
import { CustomerName } from './CustomerName.tsx';
import { WarrantyBadge } from './WarrantyBadge.tsx';

export function DevicesTable({
  devices,
  showCustomer = true,
}: {
  devices: Device[];
  showCustomer?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={showCustomer ? 900 : 640}>
      <Table highlightOnHover verticalSpacing={8} fz="sm" data-testid="devices-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('devices.fields.brandModel')}</Table.Th>
            <Table.Th w={120}>{t('devices.fields.deviceType')}</Table.Th>
            <Table.Th w={150}>{t('devices.fields.serialNumber')}</Table.Th>
            {showCustomer && <Table.Th>{t('devices.fields.customer')}</Table.Th>}
            <Table.Th w={200}>{t('devices.fields.warranty')}</Table.Th>
            <Table.Th w={90}>{t('devices.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {devices.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={showCustomer ? 6 : 5}>
                <Text c="dimmed" ta="center" py="lg" data-testid="devices-empty">
                  {t('devices.list.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {devices.map((device) => (
            <Table.Tr
              key={device.id}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate({ to: '/devices/$deviceId', params: { deviceId: device.id } })}
              data-testid={`device-row-${device.serialNumber ?? device.id}`}
            >
              <Table.Td>
                <AnchorLink
                  to="/devices/$deviceId"
                  params={{ deviceId: device.id }}
                  fw={600}
                  fz="sm"
                  onClick={(event) => event.stopPropagation()}
                >
                  {device.brand} {device.model}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{device.deviceType}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{device.serialNumber ?? '—'}</Table.Td>
              {showCustomer && (
                <Table.Td>
                  <CustomerName id={device.customerId} />
                </Table.Td>
              )}
              <Table.Td>
                <WarrantyBadge status={device.warrantyStatus} warrantyEnd={device.warrantyEnd} size="sm" />
              </Table.Td>
              <Table.Td>
                <Badge variant="dot" size="sm" color={device.status === 'active' ? 'teal' : 'gray'}>
                  {t(`devices.status.${device.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
