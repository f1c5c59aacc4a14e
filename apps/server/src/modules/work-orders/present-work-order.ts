import type { AllowedTransition, WorkOrderListItem, WorkOrderView } from '@usta/contracts/work-orders';
import type { WorkOrderStatusDefinition } from '@usta/core/work-orders';
import { toWorkOrder, type WorkOrderRow } from './work-order-repository.ts';

/** A status that was deleted from the list still shows, in grey, under its code. */
export function statusInfoOf(
  row: Pick<WorkOrderRow, 'status' | 'phase'>,
  statuses: readonly WorkOrderStatusDefinition[],
) {
  const status = statuses.find((s) => s.code === row.status);
  return {
    code: row.status,
    phase: row.phase as WorkOrderListItem['phase'],
    nameTr: status?.nameTr ?? row.status,
    nameEn: status?.nameEn ?? row.status,
    colour: status?.colour ?? '#868e96',
  };
}

/** The whole order as the detail and the device history show it. */
export function toOrderView(
  row: WorkOrderRow,
  statuses: readonly WorkOrderStatusDefinition[],
  relatedIds: string[] = [],
): WorkOrderView {
  return {
    ...toWorkOrder(row, relatedIds),
    statusInfo: statusInfoOf(row, statuses),
    customerName: row.customerName,
    deviceType: row.deviceType,
  };
}

export function toAllowedTransition(status: WorkOrderStatusDefinition): AllowedTransition {
  return {
    status: status.code,
    phase: status.phase,
    nameTr: status.nameTr,
    nameEn: status.nameEn,
    colour: status.colour,
  };
}
