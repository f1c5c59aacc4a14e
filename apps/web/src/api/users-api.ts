import type { Locale } from '@usta/contracts/common';
import type { User } from '@usta/contracts/users';
import type { StaffRole } from '@usta/core/access';
import { api } from './client.ts';

export interface UserPage {
  items: User[];
  nextCursor: string | null;
}

export interface UserFilter {
  q: string;
  active: 'all' | 'true' | 'false';
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  roles: StaffRole[];
  locale: Locale;
}

export interface UserChanges {
  name?: string;
  roles?: StaffRole[];
  locale?: Locale;
  active?: boolean;
  /** The version the change was made against; a stale one is answered with 409 CONFLICT. */
  version: number;
}

export interface RoleGrant {
  role: StaffRole;
  permissions: string[];
}

export const USERS_PAGE_SIZE = 50;

export function listUsers(filter: UserFilter, cursor: string | null, signal?: AbortSignal) {
  return api.request<UserPage>('/api/v1/users', {
    query: {
      q: filter.q.trim(),
      active: filter.active === 'all' ? undefined : filter.active,
      cursor,
      limit: USERS_PAGE_SIZE,
    },
    signal,
  });
}

export function createUser(body: NewUser) {
  return api.request<User>('/api/v1/users', { method: 'POST', body });
}

export function updateUser(id: string, changes: UserChanges) {
  return api.request<User>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });
}

export function resetUserPassword(id: string, password: string) {
  return api.request<void>(`/api/v1/users/${encodeURIComponent(id)}/password`, {
    method: 'POST',
    body: { password },
  });
}

export function listRoles(signal?: AbortSignal) {
  return api.request<RoleGrant[]>('/api/v1/roles', { signal });
}
