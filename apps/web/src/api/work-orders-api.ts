import type { User } from '@usta/contracts/users';
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
  WorkOrderCategory,
  WorkOrderDetail,
  WorkOrderListItem,
  WorkOrderView,
} from '@usta/contracts/work-orders';
import type { PriorityMatrix } from '@usta/core/work-orders';
import { api, session } from './client.ts';
import type { QueryValue } from './http-client.ts';
import { ApiError } from './problem.ts';

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

export interface DeviceHistoryItem extends WorkOrderView {
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

/** The shared client takes single values only; the list's filters may repeat (`?phase=a&phase=b`). */
export function withSearch(path: string, query: WorkOrderQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      params.append(key, String(item));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function listWorkOrders(query: WorkOrderQuery, cursor: string | null, signal?: AbortSignal) {
  return api.request<WorkOrderListPage>(
    withSearch(base, { ...query, cursor, limit: WORK_ORDERS_PAGE_SIZE }),
    { signal },
  );
}

export function countWorkOrders(query: WorkOrderQuery, signal?: AbortSignal) {
  const { sort: _sort, status: _status, ...filters } = query;
  return api.request<StatusCounts>(withSearch(`${base}/counts`, filters), { signal });
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
  return api.request<{ items: SavedView[] }>('/api/v1/work-order-views', { signal });
}

export function createSavedView(body: { name: string; query: Record<string, string | string[]> }) {
  return api.request<SavedView>('/api/v1/work-order-views', { method: 'POST', body });
}

export function deleteSavedView(id: string) {
  return api.request<void>(`/api/v1/work-order-views/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/**
 * The technicians a planner can assign. A dedicated list is asked first; without it (404) the
 * user list is the source, which only roles holding `user:read` may read.
 */
export async function listAssignees(signal?: AbortSignal): Promise<{ items: Assignee[] }> {
  try {
    return await api.request<{ items: Assignee[] }>(`${base}/assignees`, { signal });
  } catch (error) {
    // No such list on this server: the path then reads as an order reference (400) or is unknown (404).
    if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 400)) throw error;
  }
  const page = await api.request<{ items: User[] }>('/api/v1/users', {
    query: { active: 'true', limit: 200 },
    signal,
  });
  return {
    items: page.items
      .filter((user) => user.roles.includes('technician'))
      .map((user) => ({ id: user.id, name: user.name })),
  };
}

export interface StatusDefinition {
  code: string;
  phase: string;
  nameTr: string;
  nameEn: string;
  colour: string;
  order: number;
  active: boolean;
}

export function listStatuses(signal?: AbortSignal) {
  return api.request<{ items: StatusDefinition[]; version: number }>('/api/v1/settings/work-order-statuses', {
    signal,
  });
}

export function listCategories(signal?: AbortSignal) {
  return api.request<{ items: WorkOrderCategory[] }>('/api/v1/settings/work-order-categories', { signal });
}

export function getPriorityMatrix(signal?: AbortSignal) {
  return api.request<PriorityMatrix>('/api/v1/settings/priority-matrix', { signal });
}

export const serviceFormPath = (id: string) => `${one(id)}/service-form.pdf`;

/**
 * The printable form is a PDF behind the bearer token, so a plain link cannot open it: fetch it
 * (refreshing once on 401 like every other call) and hand the browser a blob URL.
 */
export async function fetchServiceForm(id: string, language: string): Promise<Blob> {
  const send = () =>
    fetch(serviceFormPath(id), {
      headers: {
        Accept: 'application/pdf',
        'Accept-Language': language,
        Authorization: `Bearer ${session.get()?.accessToken ?? ''}`,
      },
      credentials: 'same-origin',
    });
  let response = await send();
  if (response.status === 401 && (await api.refreshSession())) response = await send();
  if (!response.ok) throw await ApiError.fromResponse(response);
  return response.blob();
}
