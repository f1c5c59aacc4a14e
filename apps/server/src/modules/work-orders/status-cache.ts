import type { WorkOrderStatusDefinition } from '@usta/core/work-orders';
import type { Executor } from '../../db/database.ts';
import { ProcessCache } from '../../db/process-cache.ts';
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
const statuses = new ProcessCache<Statuses>(CONFIG_CACHE_MS);
const settings = new ProcessCache<SettingsRow>(CONFIG_CACHE_MS);

export function cachedStatuses(db: Executor, organizationId: string): Promise<Statuses> {
  return statuses.get(organizationId, () => loadStatuses(db, organizationId));
}

export function cachedSettings(db: Executor, organizationId: string): Promise<SettingsRow> {
  return settings.get(organizationId, () => ensureSettings(db, organizationId));
}

/** After a change of statuses or settings: this process reads them afresh. */
export function forgetWorkOrderConfig(): void {
  statuses.forget();
  settings.forget();
}
