import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { getCustomer, searchCustomers } from '../api/customers-api.ts';

interface CustomerPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: string | null;
  onChange: (id: string | null) => void;
}

/** A customer chosen by typing a name, phone or tax number; the server does the matching. */
export function CustomerPicker({ value, onChange, ...props }: CustomerPickerProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const matches = useQuery({
    queryKey: ['customers', 'pick', q],
    queryFn: ({ signal }) => searchCustomers(q, signal),
    enabled: q.trim().length >= 2,
  });
  // The chosen one stays in the options after the search moves on (or when a view restores it).
  const chosen = useQuery({
    queryKey: ['customers', 'detail', value],
    queryFn: ({ signal }) => getCustomer(value ?? '', signal),
    enabled: value !== null,
    staleTime: 5 * 60_000,
  });
  const options = new Map<string, string>();
  if (chosen.data) options.set(chosen.data.id, chosen.data.name);
  for (const customer of matches.data?.items ?? []) options.set(customer.id, customer.name);
  return (
    <Select
      searchable
      clearable
      value={value}
      onChange={(id) => onChange(id)}
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      filter={({ options: all }) => all}
      rightSection={matches.isFetching ? <Loader size={14} /> : undefined}
      nothingFoundMessage={q.trim().length >= 2 && !matches.isFetching ? '—' : undefined}
      {...props}
    />
  );
}
