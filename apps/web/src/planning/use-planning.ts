import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getBoard,
  getTechnicianPlan,
  listCategoryRequirements,
  listSkills,
  listTeams,
  listTechnicians,
  listVisits,
} from '../api/planning-api.ts';

export const PLANNING = ['planning'] as const;
export const boardKey = (date: string, teamId: string | null) =>
  [...PLANNING, 'board', date, teamId] as const;

export function useBoard(date: string, teamId: string | null) {
  return useQuery({
    queryKey: boardKey(date, teamId),
    queryFn: ({ signal }) => getBoard(date, teamId, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useSkills() {
  return useQuery({
    queryKey: [...PLANNING, 'skills'],
    queryFn: ({ signal }) => listSkills(signal),
    staleTime: 5 * 60_000,
  });
}

export function useCategoryRequirements() {
  return useQuery({
    queryKey: [...PLANNING, 'category-requirements'],
    queryFn: ({ signal }) => listCategoryRequirements(signal),
    staleTime: 5 * 60_000,
  });
}

export function useTeams() {
  return useQuery({
    queryKey: [...PLANNING, 'teams'],
    queryFn: ({ signal }) => listTeams(signal),
    staleTime: 60_000,
  });
}

export function useTechnicians() {
  return useQuery({
    queryKey: [...PLANNING, 'technicians'],
    queryFn: ({ signal }) => listTechnicians({}, signal),
    staleTime: 60_000,
  });
}

export function useTechnicianPlan(id: string | null, from: string, to: string) {
  return useQuery({
    queryKey: [...PLANNING, 'plan', id, from, to],
    queryFn: ({ signal }) => getTechnicianPlan(id ?? '', from, to, signal),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

export function useOrderVisits(workOrderId: string) {
  return useQuery({
    queryKey: [...PLANNING, 'visits', workOrderId],
    queryFn: ({ signal }) => listVisits({ workOrderId }, signal),
  });
}

/** After any visit change: boards, plans and an order's visits all read again. */
export function useInvalidatePlanning() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: PLANNING });
}
