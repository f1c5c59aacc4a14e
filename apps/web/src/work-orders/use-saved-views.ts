import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createSavedView, deleteSavedView, listSavedViews, type SavedView } from '../api/work-orders-api.ts';
import type { ListQuery } from './list-filters.ts';

const VIEWS = ['work-orders', 'views'] as const;
const storageKey = (userId: string) => `usta.workOrderViews.${userId}`;

function readLocal(userId: string): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(storageKey(userId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as SavedView[]) : [];
  } catch {
    return [];
  }
}

/**
 * The user's saved list views. They live on the server (per user); a server without the views
 * endpoint answers 404, and then this browser keeps them, still per user.
 */
export function useSavedViews(userId: string) {
  const queryClient = useQueryClient();
  const server = useQuery({
    queryKey: VIEWS,
    queryFn: ({ signal }) => listSavedViews(signal),
    retry: false,
    staleTime: 5 * 60_000,
  });
  const [local, setLocal] = useState(() => readLocal(userId));
  const onServer = !server.isError;

  function keepLocal(views: SavedView[]) {
    setLocal(views);
    try {
      globalThis.localStorage?.setItem(storageKey(userId), JSON.stringify(views));
    } catch {
      // Storage full or disabled: the view lasts until the page closes.
    }
  }

  const save = useMutation({
    mutationFn: async ({ name, query }: { name: string; query: ListQuery }) => {
      if (onServer) return createSavedView({ name, query });
      const view: SavedView = {
        id: crypto.randomUUID(),
        name,
        query,
        createdAt: new Date().toISOString(),
        version: 1,
      };
      keepLocal([...local.filter((other) => other.name !== name), view]);
      return view;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIEWS }),
  });

  const remove = useMutation({
    mutationFn: async (id: string) => {
      if (onServer) return deleteSavedView(id);
      keepLocal(local.filter((view) => view.id !== id));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIEWS }),
  });

  return { views: onServer ? (server.data?.items ?? []) : local, save, remove };
}
