import type { OlaKind, OlaTarget, OlaTask, PutOlaTargetBody } from '@usta/contracts/ola';
import { api } from './client.ts';

export type { OlaKind, OlaTarget, OlaTask, PutOlaTargetBody };

export interface OlaTaskQuery {
  kind?: OlaKind;
  /** Open tasks (default) by due time, or done ones newest first. */
  open?: boolean;
}

/** Internal target tasks (OLA): a team's queue, or what it has done. */
export function listOlaTasks(query: OlaTaskQuery, signal?: AbortSignal) {
  const params = new URLSearchParams();
  if (query.kind) params.set('kind', query.kind);
  params.set('open', String(query.open ?? true));
  return api.request<{ items: OlaTask[] }>(`/api/v1/ola/tasks?${params}`, { signal });
}

/** The warehouse marks a part shipment done. */
export function completeOlaTask(id: string) {
  return api.request<{ id: string; completedAt: string }>(
    `/api/v1/ola/tasks/${encodeURIComponent(id)}/complete`,
    {
      method: 'POST',
    },
  );
}

export function listOlaTargets(signal?: AbortSignal) {
  return api.request<{ items: OlaTarget[] }>('/api/v1/ola/targets', { signal });
}

/** A stale `version` is answered with 409 CONFLICT. */
export function putOlaTarget(kind: OlaKind, body: PutOlaTargetBody) {
  return api.request<OlaTarget>(`/api/v1/ola/targets/${kind}`, { method: 'PUT', body });
}
