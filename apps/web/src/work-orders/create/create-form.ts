import type { FieldError } from '@usta/contracts/common';
import type { CreateWorkOrderBody } from '@usta/contracts/work-orders';
import {
  type Impact,
  type Priority,
  type PriorityMatrix,
  priorityFor,
  type Urgency,
  type WorkOrderChannel,
  type WorkOrderType,
} from '@usta/core/work-orders';

export interface CreateValues {
  customerId: string | null;
  deviceId: string | null;
  channel: WorkOrderChannel;
  type: WorkOrderType;
  complaint: string;
  categoryId: string | null;
  impact: Impact | null;
  urgency: Urgency | null;
  requestedDate: string;
}

export type CreateField = keyof CreateValues;

/** A phone call by default: that is what this form is made for. */
export const EMPTY_CREATE: CreateValues = {
  customerId: null,
  deviceId: null,
  channel: 'phone',
  type: 'fault',
  complaint: '',
  categoryId: null,
  impact: null,
  urgency: null,
  requestedDate: '',
};

/** The priority the order will get, shown while the agent picks impact and urgency. */
export function livePriority(
  values: Pick<CreateValues, 'impact' | 'urgency'>,
  matrix?: PriorityMatrix,
): Priority | null {
  if (!values.impact || !values.urgency) return null;
  return priorityFor(values.impact, values.urgency, matrix);
}

export function createBody(values: CreateValues): CreateWorkOrderBody {
  return {
    customerId: values.customerId ?? '',
    channel: values.channel,
    type: values.type,
    complaint: values.complaint.trim(),
    ...(values.deviceId ? { deviceId: values.deviceId } : {}),
    ...(values.categoryId ? { categoryId: values.categoryId } : {}),
    ...(values.impact ? { impact: values.impact } : {}),
    ...(values.urgency ? { urgency: values.urgency } : {}),
    ...(values.requestedDate ? { requestedDate: values.requestedDate } : {}),
  };
}

/** What the form can check before asking the server (the server checks again). */
export function missingFields(values: CreateValues): CreateField[] {
  const missing: CreateField[] = [];
  if (!values.customerId) missing.push('customerId');
  if (!values.complaint.trim()) missing.push('complaint');
  if (values.impact && !values.urgency) missing.push('urgency');
  if (values.urgency && !values.impact) missing.push('impact');
  return missing;
}

const FIELDS = new Set<string>(Object.keys(EMPTY_CREATE));

/** `errors[].path` of the problem answer on the form's own fields (`newDevice.*` → device). */
export function createFieldErrors(errors: readonly FieldError[]): Partial<Record<CreateField, string>> {
  const result: Partial<Record<CreateField, string>> = {};
  for (const error of errors) {
    const head = error.path.split('.')[0] ?? '';
    const field = head === 'newDevice' ? 'deviceId' : head;
    if (FIELDS.has(field) && result[field as CreateField] === undefined)
      result[field as CreateField] = error.message;
  }
  return result;
}
