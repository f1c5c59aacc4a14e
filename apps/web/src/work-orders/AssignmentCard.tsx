import { Avatar, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import type { WorkOrderDetail } from '@usta/contracts/work-orders';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifyError, notifySuccess } from '../app/notify.tsx';
import { useCan, useMe } from '../auth/session-hooks.ts';
import { initialsOf } from '../shell/initials.ts';
import { useAssignees, useAssignWorkOrder } from './use-work-orders.ts';

/** Who does the job (the first technician leads); planners change it here. */
export function AssignmentCard({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const canAssign = useCan('work_order:assign');
  const assignees = useAssignees(true);
  const assign = useAssignWorkOrder(order.id);
  const [chosen, setChosen] = useState<string[]>(order.technicianIds);
  useEffect(() => setChosen(order.technicianIds), [order.technicianIds]);
  const me = useMe();
  const names = new Map((assignees.data?.items ?? []).map((user) => [user.id, user.name]));
  // A technician may not read the user list, but knows their own name.
  names.set(me.id, me.name);
  const finished = order.phase === 'closed' || order.phase === 'cancelled';
  const changed = chosen.join(',') !== order.technicianIds.join(',');

  async function save() {
    try {
      await assign.mutateAsync({ technicianIds: chosen, version: order.version });
      notifySuccess(t('workOrders.assign.saved'));
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Stack gap="xs">
      {order.technicianIds.length === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="wo-assigned-none">
          {t('workOrders.assign.none')}
        </Text>
      ) : (
        <Stack gap={6} data-testid="wo-assigned">
          {order.technicianIds.map((id, index) => (
            <Group key={id} gap="xs" wrap="nowrap">
              <Avatar size={26} radius="xl" color="usta">
                {initialsOf(names.get(id) ?? '?')}
              </Avatar>
              <Text fz="sm">{names.get(id) ?? t('workOrders.assign.unknownTechnician')}</Text>
              {index === 0 && order.technicianIds.length > 1 && (
                <Text fz="xs" c="dimmed">
                  {t('workOrders.assign.lead')}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {canAssign && !finished && (
        <>
          <MultiSelect
            data={(assignees.data?.items ?? []).map((user) => ({ value: user.id, label: user.name }))}
            value={chosen}
            onChange={setChosen}
            placeholder={chosen.length ? undefined : t('workOrders.assign.pick')}
            aria-label={t('workOrders.assign.pick')}
            searchable
            error={assignees.isError ? errorMessage(assignees.error) : undefined}
            data-testid="wo-assign-select"
          />
          <Button
            size="xs"
            onClick={() => void save()}
            loading={assign.isPending}
            disabled={!changed}
            data-testid="wo-assign-save"
          >
            {t('workOrders.assign.save')}
          </Button>
        </>
      )}
    </Stack>
  );
}
