import { Badge, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { listDevices } from '../../api/devices-api.ts';

/** A matching customer's first few devices, so the agent recognises the caller by what they own. */
export function CustomerDevicesHint({ customerId }: { customerId: string }) {
  const devices = useQuery({
    queryKey: ['devices', 'hint', customerId],
    queryFn: ({ signal }) => listDevices({ customerId }, null, signal, 3),
    staleTime: 60_000,
  });
  const items = devices.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Group gap={4} mt={4} data-testid="wo-create-customer-devices">
      {items.map((device) => (
        <Badge key={device.id} size="xs" variant="outline" color="gray" style={{ textTransform: 'none' }}>
          {device.deviceType}
          {device.serialNumber ? ` · ${device.serialNumber}` : ''}
        </Badge>
      ))}
    </Group>
  );
}
