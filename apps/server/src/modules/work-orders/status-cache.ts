import type { WorkOrderStatusDefinition } from '@usta/core/work-orders';
import type { Executor } from '../../db/database.ts';
import { ensureSettings, loadStatuses, type SettingsRow } from './settings-repository.ts';

/**
 * A company's statuses and settings (number prefix, priority matrix), kept per process for at
 * most CONFIG_CACHE_MS: every list page, tab bar and create needs them, they change a few times a
 * year. The use cases that replace them call `forgetWorkOrderConfig` after their commit (and
 * before, for a check already in flight), so this process sees a change at once; another API
 * process within CONFIG_CACHE_MS (docs/decisions/0005). Writes that must be exact against the
 * current list (replacing statuses, transitions, merges) keep reading inside their transaction.
 */
export const CONFIG_CACHE_MS = 5_000;

type Statuses = (WorkOrderStatusDefinition & { active: boolean })[];
interface Entry<T> {
  value: T;
  until: number;
}

const statuses = new Map<string, Entry<Statuses>>();
const settings = new Map<string, Entry<SettingsRow>>();
let generation = 0;

async function cached<T>(
  map: Map<string, Entry<T>>,
  organizationId: string,
  load: () => Promise<T>,
): Promise<T> {
  const now = Date.now();
  const entry = map.get(organizationId);
  if (entry && entry.until > now) return entry.value;
  const started = generation;
  const value = await load();
  if (started === generation) map.set(organizationId, { value, until: now + CONFIG_CACHE_MS });
  return value;
}

export function cachedStatuses(db: Executor, organizationId: string): Promise<Statuses> {
  return cached(statuses, organizationId, () => loadStatuses(db, organizationId));
}

export function cachedSettings(db: Executor, organizationId: string): Promise<SettingsRow> {
  return cached(settings, organizationId, () => ensureSettings(db, organizationId));
}

/** After a change of statuses or settings: this process reads them afresh. */
export function forgetWorkOrderConfig(): void {
  generation++;
  statuses.clear();
  settings.clear();
}
