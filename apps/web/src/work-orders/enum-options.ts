import { LEVELS, PHASES, PRIORITIES, WORK_ORDER_CHANNELS, WORK_ORDER_TYPES } from '@usta/core/work-orders';
import type { TFunction } from 'i18next';

/** Select options for the fixed lists, labelled in the user's language. */
export function enumOptions(t: TFunction) {
  return {
    phases: PHASES.map((value) => ({ value, label: t(`workOrders.phase.${value}`) })),
    priorities: PRIORITIES.map((value) => ({
      value,
      label: `${value} · ${t(`workOrders.priorityHint.${value}`)}`,
    })),
    channels: WORK_ORDER_CHANNELS.map((value) => ({ value, label: t(`workOrders.channel.${value}`) })),
    types: WORK_ORDER_TYPES.map((value) => ({ value, label: t(`workOrders.type.${value}`) })),
    levels: LEVELS.map((value) => ({ value, label: t(`workOrders.level.${value}`) })),
  };
}
