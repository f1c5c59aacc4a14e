import type { ListDevicesQuery } from '@usta/contracts/devices';
import { sql } from 'drizzle-orm';
import { hiddenFromIndexes, type SortSpec, sortSpec } from '../../http/keyset.ts';
import { devices } from './tables.ts';

export { seekAfter } from '../../http/keyset.ts';
export type DeviceSort = SortSpec;

type SortName = ListDevicesQuery['sort'];

// Sort expressions are never NULL (keyset rows compare NULL as unknown): devices without a
// serial or a warranty end go last in both directions.
const LAST_TEXT = sql.raw('chr(1114111)');
const FIRST_TEXT = sql.raw("''");

/** The SQL order of each sort; with a text search the brand order is kept off its index (keyset.ts). */
export function deviceSort(name: SortName, searching = false): DeviceSort {
  const descending = name.startsWith('-');
  switch (name) {
    case 'serialNumber':
    case '-serialNumber':
      return sortSpec(
        name,
        sql`coalesce(${devices.serialKey}, ${descending ? FIRST_TEXT : LAST_TEXT}) COLLATE "C"`,
        'text',
      );
    case 'brand':
    case '-brand':
      return sortSpec(
        name,
        sql`${searching ? hiddenFromIndexes(devices.brand, 'text') : devices.brand} COLLATE "tr-TR-x-icu"`,
        'text',
      );
    case 'warrantyEnd':
    case '-warrantyEnd':
      return sortSpec(
        name,
        sql`coalesce(${devices.warrantyEnd}, ${sql.raw(descending ? "'-infinity'" : "'infinity'")}::date)`,
        'date',
      );
    case 'createdAt':
    case '-createdAt':
      return sortSpec(
        name,
        searching ? hiddenFromIndexes(devices.createdAt, 'timestamptz') : sql`${devices.createdAt}`,
        'timestamptz',
      );
  }
}
