import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface SortableThProps {
  column: string;
  sort: string;
  onSort: (column: string) => void;
  children: ReactNode;
  w?: number;
}

/** A header that sorts the list on the server by its column; the arrow shows the direction. */
export function SortableTh({ column, sort, onSort, children, w }: SortableThProps) {
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : 'none';
  const Icon =
    direction === 'ascending'
      ? IconSortAscending
      : direction === 'descending'
        ? IconSortDescending
        : IconArrowsSort;
  return (
    <Table.Th w={w} aria-sort={direction}>
      <UnstyledButton onClick={() => onSort(column)} data-testid={`wo-sort-${column}`} fz="sm" fw={600}>
        <Group gap={4} wrap="nowrap">
          {children}
          <Icon size={14} opacity={direction === 'none' ? 0.35 : 1} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
