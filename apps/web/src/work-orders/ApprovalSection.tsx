import { Badge, Button, Group, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import type { WorkOrderDetail } from '@usta/contracts/work-orders';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session-hooks.ts';
import { ApprovalModal } from './ApprovalModal.tsx';

/**
 * The customer's approval is what lets an order into final check. While the order waits for it,
 * the people who work the order can record it; once given it shows as a badge.
 */
export function ApprovalSection({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const canWork = useCan('work_order:work');
  const canUpdate = useCan('work_order:update');
  const canRecord = canWork || canUpdate;
  const [open, setOpen] = useState(false);
  if (order.approvalId) {
    return (
      <Group gap="xs" mt="xs">
        <Badge
          color="teal"
          variant="light"
          leftSection={<IconSignature size={12} />}
          data-testid="wo-approval-given"
        >
          {t('workOrders.approval.given')}
        </Badge>
      </Group>
    );
  }
  if (order.phase !== 'customer_approval') return null;
  return (
    <Group gap="sm" mt="xs">
      <Text fz="sm" c="dimmed">
        {t('workOrders.approval.needed')}
      </Text>
      {canRecord && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconSignature size={14} />}
          onClick={() => setOpen(true)}
          data-testid="wo-approval-open"
        >
          {t('workOrders.approval.open')}
        </Button>
      )}
      <ApprovalModal orderId={order.id} opened={open} onClose={() => setOpen(false)} />
    </Group>
  );
}
