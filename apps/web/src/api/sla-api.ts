import type {
  BreachRootCause,
  BreachRootCauseBody,
  Capa,
  CreateCapaBody,
  CreateSlaPolicyBody,
  EscalationRule,
  EscalationRuleBody,
  SlaPolicyResource,
  SlaPreview,
  UpdateCapaBody,
  UpdateSlaPolicyBody,
  WorkOrderSla,
  WorkOrderSlaRecord,
} from '@usta/contracts/sla';
import { api } from './client.ts';

export type {
  BreachRootCause,
  BreachRootCauseBody,
  Capa,
  CreateCapaBody,
  CreateSlaPolicyBody,
  EscalationRule,
  EscalationRuleBody,
  SlaPolicyResource,
  SlaPreview,
  UpdateCapaBody,
  UpdateSlaPolicyBody,
  WorkOrderSla,
  WorkOrderSlaRecord,
};
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

// Policies (Ayarlar → SLA politikaları): the default first.

const policyPath = (id: string) => `/api/v1/sla/policies/${encodeURIComponent(id)}`;

export function listSlaPolicies(signal?: AbortSignal) {
  return api.request<{ items: SlaPolicyResource[] }>('/api/v1/sla/policies', { signal });
}

export function getSlaPolicy(id: string, signal?: AbortSignal) {
  return api.request<SlaPolicyResource>(policyPath(id), { signal });
}

export function createSlaPolicy(body: CreateSlaPolicyBody) {
  return api.request<SlaPolicyResource>('/api/v1/sla/policies', { method: 'POST', body });
}

/** A stale `version` is answered with 409 CONFLICT. */
export function updateSlaPolicy(id: string, changes: UpdateSlaPolicyBody) {
  return api.request<SlaPolicyResource>(policyPath(id), { method: 'PATCH', body: changes });
}

export function deleteSlaPolicy(id: string) {
  return api.request<void>(policyPath(id), { method: 'DELETE' });
}

// A breached order's review: root cause and corrective/preventive actions (CAPA).
export function getWorkOrderSlaRecord(id: string, signal?: AbortSignal) {
  return api.request<WorkOrderSlaRecord>(`${orderPath(id)}/record`, { signal });
}

export function recordRootCause(id: string, body: BreachRootCauseBody) {
  return api.request<BreachRootCause>(`${orderPath(id)}/root-cause`, { method: 'POST', body });
}

export interface CapaQuery {
  status?: Capa['status'];
  ownerId?: string;
  workOrderId?: string;
  overdue?: 'true';
}

export interface CapaPage {
  items: Capa[];
  nextCursor: string | null;
}

export function listCapas(query: CapaQuery, cursor: string | null, signal?: AbortSignal) {
  return api.request<CapaPage>('/api/v1/capa', {
    query: { ...query, ...(cursor ? { cursor } : {}) },
    signal,
  });
}

export function createCapa(body: CreateCapaBody) {
  return api.request<Capa>('/api/v1/capa', { method: 'POST', body });
}

export function updateCapa(id: string, changes: UpdateCapaBody) {
  return api.request<Capa>(`/api/v1/capa/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });
}
