/** Where a request came in (seed 000/003: one queue for every channel). */
export const WORK_ORDER_CHANNELS = ['phone', 'walk_in', 'web', 'email', 'mobile', 'api'] as const;
export type WorkOrderChannel = (typeof WORK_ORDER_CHANNELS)[number];

/** What kind of job it is; warranty and billing rules later branch on it. */
export const WORK_ORDER_TYPES = ['fault', 'installation', 'maintenance', 'calibration', 'return'] as const;
export type WorkOrderType = (typeof WORK_ORDER_TYPES)[number];
