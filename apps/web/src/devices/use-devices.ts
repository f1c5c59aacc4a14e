import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  createDevice,
  type DeviceFilter,
  type DeviceInput,
  getDevice,
  listDevices,
  updateDevice,
} from '../api/devices-api.ts';
import { getDeviceHistory } from '../api/work-orders-api.ts';

export const DEVICES = ['devices'] as const;

export function useDeviceList(filter: DeviceFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...DEVICES, 'list', filter],
    queryFn: ({ pageParam, signal }) => listDevices(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDevice(id: string) {
  return useQuery({ queryKey: [...DEVICES, 'detail', id], queryFn: ({ signal }) => getDevice(id, signal) });
}

export function useDeviceHistory(id: string) {
  return useQuery({
    queryKey: ['work-orders', 'device-history', id],
    queryFn: ({ signal }) => getDeviceHistory(id, signal),
  });
}

export function useCreateDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeviceInput) => createDevice(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DEVICES }),
  });
}

export function useUpdateDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<DeviceInput> & { version: number } }) =>
      updateDevice(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DEVICES }),
  });
}
