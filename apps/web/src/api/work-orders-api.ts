import type {
  Activity,
  AddActivityBody,
  AllowedTransition,
  AssignWorkOrderBody,
  CreateWorkOrderBody,
  RecordApprovalBody,
  TransitionWorkOrderBody,
  UpdateWorkOrderBody,
  WorkOrder,
  WorkOrderDetail,
  WorkOrderListItem,
} from '@usta/contracts/work-orders';
import { api } from './client.ts';
import type { QueryValue } from './http-client.ts';

export interface WorkOrderListPage {
  items: WorkOrderListItem[];
  nextCursor: string | null;
}

export interface StatusCount {
  code: string;
  phase: string;
  nameTr: string;
  nameEn: string;
  colour: string;
  count: number;
}

export interface StatusCounts {
  items: StatusCount[];
  total: number;
}

export interface CreateWarning {
  code: 'OPEN_ORDER_FOR_DEVICE';
  workOrderId: string;
  number: string;
}

export type CreatedWorkOrder = WorkOrder & { warnings: CreateWarning[] };

export interface SavedView {
  id: string;
  name: string;
  query: Record<string, string | string[]>;
  createdAt: string;
  version: number;
}

export interface DeviceHistoryItem extends WorkOrderListItem {
  activityCount: number;
  lastActivityAt: string | null;
  lastActivity: string | null;
}

export interface Assignee {
  id: string;
  name: string;
}

/** The list's query string as the server reads it; arrays repeat the parameter. */
export type WorkOrderQuery = Record<string, QueryValue | string[]>;

export const WORK_ORDERS_PAGE_SIZE = 50;

const base = '/api/v1/work-orders';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function listWorkOrders(query: WorkOrderQuery, cursor: string | null, signal?: AbortSignal) {
  return api.request<WorkOrderListPage>(base, {
    query: { ...query, cursor, limit: WORK_ORDERS_PAGE_SIZE },
    signal,
  });
}

export function countWorkOrders(query: WorkOrderQuery, signal?: AbortSignal) {
  return api.request<StatusCounts>(`${base}/counts`, { query, signal });
}

export function getWorkOrder(idOrNumber: string, signal?: AbortSignal) {
  return api.request<WorkOrderDetail>(one(idOrNumber), { signal });
}

export function createWorkOrder(body: CreateWorkOrderBody) {
  return api.request<CreatedWorkOrder>(base, { method: 'POST', body });
}

export function updateWorkOrder(id: string, body: UpdateWorkOrderBody) {
  return api.request<WorkOrder>(one(id), { method: 'PATCH', body });
}

export function transitionWorkOrder(id: string, body: TransitionWorkOrderBody) {
  return api.request<WorkOrder>(`${one(id)}/transitions`, { method: 'POST', body });
}

export function listAllowedTransitions(id: string, signal?: AbortSignal) {
  return api.request<{ items: AllowedTransition[] }>(`${one(id)}/transitions`, { signal });
}

export function addActivity(id: string, body: AddActivityBody) {
  return api.request<Activity>(`${one(id)}/activities`, { method: 'POST', body });
}

export function assignWorkOrder(id: string, body: AssignWorkOrderBody) {
  return api.request<WorkOrder>(`${one(id)}/assignment`, { method: 'PUT', body });
}

export function recordApproval(id: string, body: RecordApprovalBody) {
  return api.request<unknown>(`${one(id)}/approvals`, { method: 'POST', body });
}

export function listOpenOrdersForDevice(deviceId: string, signal?: AbortSignal) {
  return api.request<WorkOrderListPage>(base, { query: { deviceId, open: 'true', limit: 5 }, signal });
}

export function getDeviceHistory(deviceId: string, signal?: AbortSignal) {
  return api.request<{ deviceId: string; items: DeviceHistoryItem[] }>(
    `/api/v1/devices/${encodeURIComponent(deviceId)}/history`,
    { signal },
  );
}

export function listSavedViews(signal?: AbortSignal) {
  return api.request<{ items: SavedView[] }>(`${base}/views`, { signal });
}

export function createSavedView(body: { name: string; query: Record<string, string | string[]> }) {
  return api.request<SavedView>(`${base}/views`, { method: 'POST', body });
}

export function deleteSavedView(id: string) {
  return api.request<void>(`${base}/views/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function listAssignees(signal?: AbortSignal) {
  return api.request<{ items: Assignee[] }>(`${base}/assignees`, { signal });
}

export const serviceFormPath = (id: string) => `${one(id)}/service-form.pdf`;
