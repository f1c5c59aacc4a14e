import { Badge, Button, Table, Text } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OlaTask } from '../api/ola-api.ts';
import { notifyError, notifySuccess } from '../app/notify.tsx';
import { useCan } from '../auth/session-hooks.ts';
import { AnchorLink } from '../work-orders/AnchorLink.tsx';
import { formatDateTime } from '../work-orders/format.ts';
import { useCompleteOlaTask } from './use-ola.ts';

const STATE_COLOUR: Record<OlaTask['state'], string> = {
  running: 'blue',
  breached: 'red',
  met: 'green',
  missed: 'orange',
};

/** Working minutes as "1 sa 20 dk" / "1 h 20 min". */
function useFormatMinutes() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return hours > 0 ? t('ola.hoursMinutes', { hours, minutes: rest }) : t('ola.minutes', { minutes: rest });
  };
}

/** Internal target tasks: the order, when the clock started, when it is due, how much is used. */
export function OlaTaskTable({ tasks, showKind }: { tasks: readonly OlaTask[]; showKind: boolean }) {
  const { t, i18n } = useTranslation();
  const formatMinutes = useFormatMinutes();
  const canShip = useCan('stock:write');
  const complete = useCompleteOlaTask();
  const columns = showKind ? 8 : 7;

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover fz="sm" data-testid="ola-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>{t('ola.workOrder')}</Table.Th>
            <Table.Th>{t('ola.customer')}</Table.Th>
            {showKind && <Table.Th w={150}>{t('ola.kind')}</Table.Th>}
            <Table.Th w={150}>{t('ola.startedAt')}</Table.Th>
            <Table.Th w={150}>{t('ola.dueAt')}</Table.Th>
            <Table.Th w={150}>{t('ola.used')}</Table.Th>
            <Table.Th w={120}>{t('ola.state')}</Table.Th>
            <Table.Th w={140} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Text c="dimmed" ta="center" py="xl" data-testid="ola-empty">
                  {t('ola.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {tasks.map((task) => (
            <Table.Tr key={task.id} data-testid="ola-row" data-state={task.state} data-kind={task.kind}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AnchorLink
                  to="/work-orders/$workOrderId"
                  params={{ workOrderId: task.workOrderId }}
                  fw={600}
                  fz="sm"
                >
                  {task.workOrderNumber}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{task.customerName}</Table.Td>
              {showKind && <Table.Td>{t(`ola.kinds.${task.kind}`)}</Table.Td>}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(task.startedAt, i18n.resolvedLanguage)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} fw={task.state === 'breached' ? 600 : undefined}>
                {formatDateTime(task.dueAt, i18n.resolvedLanguage)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatMinutes(task.usedMinutes)} / {formatMinutes(task.targetMinutes)}
              </Table.Td>
              <Table.Td>
                <Badge color={STATE_COLOUR[task.state]} variant="light">
                  {t(`ola.states.${task.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {canShip && task.kind === 'part_shipment' && task.completedAt === null && (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconTruckDelivery size={14} />}
                    loading={complete.isPending && complete.variables === task.id}
                    onClick={() =>
                      complete.mutate(task.id, {
                        onSuccess: () =>
                          notifySuccess(t('ola.shippedNotice', { number: task.workOrderNumber })),
                        onError: notifyError,
                      })
                    }
                    data-testid="ola-ship"
                  >
                    {t('ola.ship')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
