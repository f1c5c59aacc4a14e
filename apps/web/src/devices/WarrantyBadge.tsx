import { Badge, type BadgeProps } from '@mantine/core';
import type { WarrantyStatus } from '@usta/core/work-orders';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../work-orders/format.ts';

const COLOURS: Record<WarrantyStatus, string> = {
  in_warranty: 'teal',
  expired: 'red',
  not_started: 'blue',
  unknown: 'gray',
};

interface WarrantyBadgeProps extends BadgeProps {
  status: WarrantyStatus;
  warrantyEnd?: string | null;
}

export function WarrantyBadge({ status, warrantyEnd, ...props }: WarrantyBadgeProps) {
  const { t, i18n } = useTranslation();
  const until = warrantyEnd ? ` · ${formatDate(warrantyEnd, i18n.resolvedLanguage)}` : '';
  return (
    <Badge
      color={COLOURS[status]}
      variant="light"
      data-testid="warranty-badge"
      data-warranty={status}
      {...props}
    >
      {t(`devices.warranty.${status}`)}
      {status === 'unknown' ? '' : until}
    </Badge>
  );
}
