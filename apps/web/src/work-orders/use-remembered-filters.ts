import { useEffect, useState } from 'react';
import {
  DEFAULT_FILTERS,
  fromListQuery,
  type ListQuery,
  toListQuery,
  type WorkOrderFilters,
} from './list-filters.ts';

const KEY = 'usta.workOrderFilters';

function read(): WorkOrderFilters {
  try {
    const stored = globalThis.sessionStorage?.getItem(KEY);
    return stored ? fromListQuery(JSON.parse(stored) as ListQuery) : DEFAULT_FILTERS;
  } catch {
    return DEFAULT_FILTERS;
  }
}

/**
 * The list's filters survive a visit to an order and the way back (this tab only): the desk
 * works a queue, and opening one order must not throw away the tab, search and sort.
 */
export function useRememberedFilters() {
  const [filters, setFilters] = useState<WorkOrderFilters>(read);
  useEffect(() => {
    try {
      globalThis.sessionStorage?.setItem(KEY, JSON.stringify({ ...toListQuery(filters), q: filters.q }));
    } catch {
      // Storage disabled: the filters last as long as the page.
    }
  }, [filters]);
  return [filters, setFilters] as const;
}
