import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateCalendarBody } from '@usta/contracts/calendars';
import {
  createCalendar,
  getCalendar,
  getCalendarYear,
  listCalendars,
  previewSla,
  type SlaPreviewRequest,
  updateCalendar,
} from '../../api/calendars-api.ts';

const CALENDARS = ['calendars'] as const;

export function useCalendarList() {
  return useQuery({
    queryKey: [...CALENDARS, 'list'],
    queryFn: ({ signal }) => listCalendars(signal),
    select: (page) => page.items,
  });
}

export function useCalendar(id: string | null) {
  return useQuery({
    queryKey: [...CALENDARS, 'one', id],
    queryFn: ({ signal }) => getCalendar(id!, signal),
    enabled: id !== null,
  });
}

export function useCalendarYear(id: string, year: number) {
  return useQuery({
    queryKey: [...CALENDARS, 'year', id, year],
    queryFn: ({ signal }) => getCalendarYear(id, year, signal),
    // The old year stays on screen while the next one loads, so the grid does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useCreateCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCalendar,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CALENDARS }),
  });
}

/** Also on failure: a 409 means our copy is stale, and the refetched one carries the new version. */
export function useUpdateCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateCalendarBody }) => updateCalendar(id, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CALENDARS }),
  });
}

/** A pure computation on the server; cached per input so switching back and forth is instant. */
export function useSlaPreview(request: SlaPreviewRequest | null) {
  return useQuery({
    queryKey: ['sla-preview', request],
    queryFn: ({ signal }) => previewSla(request!, signal),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
