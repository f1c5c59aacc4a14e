import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createUser,
  listUsers,
  type NewUser,
  resetUserPassword,
  type UserChanges,
  type UserFilter,
  updateUser,
} from '../../api/users-api.ts';

const USERS = ['users'] as const;

export function useUserList(filter: UserFilter) {
  return useInfiniteQuery({
    queryKey: [...USERS, 'list', filter],
    queryFn: ({ pageParam, signal }) => listUsers(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Keep the old rows on screen while a new search loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUser) => createUser(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS }),
  });
}

/** Also on failure: a 409 means our copy is stale, and the refreshed list carries the new version. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserChanges }) => updateUser(id, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS }),
  });
}

/** A new password bumps the user's version too, so the list must be fetched again. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => resetUserPassword(id, password),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS }),
  });
}
