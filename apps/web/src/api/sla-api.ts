import type { SlaPreview, WorkOrderSla } from '@usta/contracts/sla';
import { api } from './client.ts';

export type { SlaPreview, WorkOrderSla };
export type SlaPriority = WorkOrderSla['priority'];

const orderPath = (id: string) => `/api/v1/work-orders/${encodeURIComponent(id)}/sla`;

/** An order's SLA computed from its events: targets, what is used and due, and the timeline. */
export function getWorkOrderSla(id: string, signal?: AbortSignal) {
  return api.request<WorkOrderSla>(orderPath(id), { signal });
}

export interface SlaPreviewInput {
  priority: SlaPriority;
  calendarId?: string;
  policyId?: string;
  /** ISO date-time with its offset. */
  receivedAt: string;
}

export function previewSlaDue(body: SlaPreviewInput, signal?: AbortSignal) {
  return api.request<SlaPreview>('/api/v1/sla/preview', { method: 'POST', body, signal });
}
