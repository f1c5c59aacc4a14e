import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = { P1: 'red', P2: 'orange', P3: 'yellow', P4: 'gray' };

export function PriorityBadge({ priority, ...props }: { priority: string } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOURS[priority] ?? 'gray'}
      variant="light"
      title={t(`workOrders.priorityHint.${priority as 'P1'}`)}
      {...props}
    >
      {priority}
    </Badge>
  );
}
