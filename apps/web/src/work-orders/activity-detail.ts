import type { Activity } from '@usta/contracts/work-orders';
import type { TFunction } from 'i18next';

const FIELD_KEYS = new Set([
  'complaint',
  'diagnosis',
  'workDone',
  'resolutionCode',
  'requestedDate',
  'impact',
  'urgency',
  'priority',
  'channel',
  'type',
  'category',
]);
const METHODS = new Set(['signature', 'qr', 'quote']);

/**
 * A line that says what an activity without its own description did, from its `data`: which
 * fields an edit changed, who approved and how.
 */
export function activityDetail(activity: Pick<Activity, 'kind' | 'data'>, t: TFunction): string | null {
  const { data } = activity;
  if (activity.kind === 'edit' && Array.isArray(data.fields) && data.fields.length > 0) {
    const names = data.fields.map((field) =>
      typeof field === 'string' && FIELD_KEYS.has(field)
        ? t(`workOrders.fields.${field as 'complaint'}`)
        : String(field),
    );
    return t('workOrders.timeline.changed', { fields: names.join(', ') });
  }
  if (activity.kind === 'approval' && typeof data.approvedBy === 'string') {
    const method = typeof data.method === 'string' && METHODS.has(data.method) ? data.method : null;
    return method
      ? `${t(`workOrders.approval.method.${method as 'qr'}`)} · ${data.approvedBy}`
      : data.approvedBy;
  }
  return null;
}
