import type { Capa } from '@usta/contracts/sla';

export const CAPA_STATUSES = ['open', 'done', 'cancelled'] as const;
export const STATUS_COLOUR: Record<Capa['status'], string> = {
  open: 'blue',
  done: 'teal',
  cancelled: 'gray',
};

export const ROOT_CAUSE_CODES = [
  'capacity',
  'parts_delay',
  'customer_delay',
  'wrong_priority',
  'planning_error',
  'technical_complexity',
  'third_party',
  'other',
] as const;

/** Open and past its due day (days are compared as `YYYY-MM-DD` on the company's clock). */
export function isOverdue(capa: Pick<Capa, 'status' | 'dueDate'>, today: string): boolean {
  return capa.status === 'open' && capa.dueDate < today;
}

/** The server's field errors by field name of a flat form (`action`, `ownerId`, `dueDate`, …). */
export function fieldErrorsOf(errors: readonly { path: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, message } of errors) out[path.split('.')[0] ?? path] ??= message;
  return out;
}
