import { istanbulDayEnd, istanbulDayStart } from './format.ts';

/**
 * Everything the work-order list is filtered and sorted by. It round-trips through the API's
 * own query parameters, which is also how a saved view is stored.
 */
export interface WorkOrderFilters {
  /** `open`, `all` or a status code (the tabs). */
  tab: string;
  q: string;
  phase: string[];
  priority: string[];
  channel: string[];
  type: string[];
  customerId: string | null;
  technicianId: string | null;
  categoryId: string | null;
  deviceType: string;
  /** Calendar days (`YYYY-MM-DD`) on the Istanbul clock; empty when unset. */
  createdFrom: string;
  createdTo: string;
  requestedFrom: string;
  requestedTo: string;
  sort: string;
}

export const DEFAULT_FILTERS: WorkOrderFilters = {
  tab: 'open',
  q: '',
  phase: [],
  priority: [],
  channel: [],
  type: [],
  customerId: null,
  technicianId: null,
  categoryId: null,
  deviceType: '',
  createdFrom: '',
  createdTo: '',
  requestedFrom: '',
  requestedTo: '',
  sort: '-createdAt',
};

export type ListQuery = Record<string, string | string[]>;

const LISTS = ['phase', 'priority', 'channel', 'type'] as const;
const SINGLES = ['customerId', 'technicianId', 'categoryId'] as const;
const DAYS = ['requestedFrom', 'requestedTo'] as const;

/** The filters as the list endpoint reads them (the tab becomes `open` or `status`). */
export function toListQuery(filters: WorkOrderFilters): ListQuery {
  const query: ListQuery = {};
  if (filters.tab === 'open') query.open = 'true';
  else if (filters.tab !== 'all') query.status = filters.tab;
  if (filters.q.trim()) query.q = filters.q.trim();
  for (const key of LISTS) if (filters[key].length > 0) query[key] = [...filters[key]];
  for (const key of SINGLES) {
    const value = filters[key];
    if (value) query[key] = value;
  }
  if (filters.deviceType.trim()) query.deviceType = filters.deviceType.trim();
  // Created is an instant on the server; the user means whole Istanbul days.
  if (filters.createdFrom) query.createdFrom = istanbulDayStart(filters.createdFrom);
  if (filters.createdTo) query.createdTo = istanbulDayEnd(filters.createdTo);
  for (const key of DAYS) if (filters[key]) query[key] = filters[key];
  if (filters.sort !== DEFAULT_FILTERS.sort) query.sort = filters.sort;
  return query;
}

/** The counts behind the tabs: the same filters, but across every status. */
export function toCountQuery(filters: WorkOrderFilters): ListQuery {
  const { open: _open, status: _status, sort: _sort, ...rest } = toListQuery({ ...filters, tab: 'all' });
  return rest;
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const asOne = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** A day back from an instant sent by `toListQuery` (saved views keep the instant). */
function dayOf(value: string | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  // Istanbul is UTC+3 all year (no daylight saving since 2016).
  const shifted = new Date(date.getTime() + 3 * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}

export function fromListQuery(query: ListQuery): WorkOrderFilters {
  const status = asOne(query.status);
  return {
    ...DEFAULT_FILTERS,
    tab: status ?? (asOne(query.open) === 'true' ? 'open' : 'all'),
    q: asOne(query.q) ?? '',
    phase: asList(query.phase),
    priority: asList(query.priority),
    channel: asList(query.channel),
    type: asList(query.type),
    customerId: asOne(query.customerId) ?? null,
    technicianId: asOne(query.technicianId) ?? null,
    categoryId: asOne(query.categoryId) ?? null,
    deviceType: asOne(query.deviceType) ?? '',
    createdFrom: dayOf(asOne(query.createdFrom)),
    createdTo: dayOf(asOne(query.createdTo)),
    requestedFrom: asOne(query.requestedFrom) ?? '',
    requestedTo: asOne(query.requestedTo) ?? '',
    sort: asOne(query.sort) ?? DEFAULT_FILTERS.sort,
  };
}

/** How many of the folded-away filters are set (the "Filtreler (3)" badge); priority is in view. */
export function countActiveFilters(filters: WorkOrderFilters): number {
  let count = 0;
  for (const key of LISTS) if (key !== 'priority' && filters[key].length > 0) count += 1;
  for (const key of SINGLES) if (filters[key]) count += 1;
  if (filters.deviceType.trim()) count += 1;
  if (filters.createdFrom || filters.createdTo) count += 1;
  if (filters.requestedFrom || filters.requestedTo) count += 1;
  return count;
}

/** Clicking a column header: first descending for dates and priority-by-urgency, then flip. */
export function nextSort(current: string, column: string): string {
  // "Due soonest" (Termin yakın) has one direction; clicking it again goes back to the default.
  if (column === 'slaDue') return current === 'slaDue' ? DEFAULT_FILTERS.sort : 'slaDue';
  if (current === `-${column}`) return column;
  if (current === column) return `-${column}`;
  return column === 'priority' || column === 'number' ? column : `-${column}`;
}
