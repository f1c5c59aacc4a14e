import type { PushPayload } from '@usta/contracts/push';
import type { FieldNotification } from '@usta/contracts/sync';
import type { Executor } from '../../db/database.ts';
import { enqueuePushMessage, listPushMessagesSince } from '../outbox/index.ts';

/**
 * Public entry for other modules: queue a push to a technician in the caller's transaction.
 * The message is delivered after commit by the push worker to every browser of that user.
 */
export async function notifyTechnicianByPush(
  tx: Executor,
  input: {
    organizationId: string;
    userId: string;
    locale: string | null | undefined;
    kind: PushPayload['kind'];
    workOrderId: string;
    number: string;
    customerName?: string | null | undefined;
    /** visit_changed: planned, moved or cancelled; removed_from_plan: reassigned or visit_moved. */
    change?: string | undefined;
    start?: string | undefined;
    dedupeKey: string;
  },
): Promise<void> {
  await enqueuePushMessage(tx, {
    organizationId: input.organizationId,
    userId: input.userId,
    template: input.kind,
    locale: input.locale === 'en' ? 'en' : 'tr',
    data: {
      workOrderId: input.workOrderId,
      number: input.number,
      customerName: input.customerName ?? undefined,
      change: input.change,
      start: input.start,
    },
    dedupeKey: `push:${input.dedupeKey}`,
  });
}

const TEXT = {
  tr: {
    work_order_assigned: (n: string) => `Yeni iş emri: ${n}`,
    removed_from_plan: (n: string) => `İş planınızdan çıkarıldı: ${n}`,
    planned: (n: string) => `Ziyaret planlandı: ${n}`,
    moved: (n: string) => `Ziyaret değişti: ${n}`,
    cancelled: (n: string) => `Ziyaret iptal: ${n}`,
  },
  en: {
    work_order_assigned: (n: string) => `New work order: ${n}`,
    removed_from_plan: (n: string) => `Taken off your plan: ${n}`,
    planned: (n: string) => `Visit planned: ${n}`,
    moved: (n: string) => `Visit moved: ${n}`,
    cancelled: (n: string) => `Visit cancelled: ${n}`,
  },
} as const;

/** What the browser shows: kept short, the app loads details by syncing. */
export function renderPush(
  template: string,
  locale: 'tr' | 'en',
  data: Record<string, unknown>,
): PushPayload {
  const t = TEXT[locale];
  const number = String(data.number ?? '');
  const workOrderId = typeof data.workOrderId === 'string' ? data.workOrderId : undefined;
  const kind =
    template === 'visit_changed' || template === 'removed_from_plan' ? template : 'work_order_assigned';
  const change = data.change === 'moved' || data.change === 'cancelled' ? data.change : 'planned';
  const title = kind === 'visit_changed' ? t[change](number) : t[kind](number);
  const body = [data.customerName, data.start].filter((x) => typeof x === 'string' && x).join(' · ');
  return {
    kind,
    title,
    body,
    // A job taken away is no longer on the phone: open the list, not the job.
    url: workOrderId && kind !== 'removed_from_plan' ? `/field/#/job/${workOrderId}/info` : '/field/',
    ...(workOrderId ? { workOrderId } : {}),
    number,
  };
}

/**
 * The "taken off your plan" messages queued for a technician since a time, as the field app's
 * next sync shows them (whether or not a push went out: the outbox row is written either way).
 */
export async function removalsSince(
  db: Executor,
  organizationId: string,
  userId: string,
  since: Date,
): Promise<FieldNotification[]> {
  const rows = await listPushMessagesSince(db, {
    organizationId,
    userId,
    template: 'removed_from_plan',
    since,
  });
  return rows.flatMap((row) => {
    const workOrderId = row.data.workOrderId;
    if (typeof workOrderId !== 'string') return [];
    const number = String(row.data.number ?? '');
    return [
      {
        id: `removed:${row.id}`,
        kind: 'unassigned' as const,
        workOrderId,
        number,
        at: row.createdAt.toISOString(),
        message: {
          tr: `${number} planınızdan çıkarıldı: ofis işi başka bir teknisyene verdi ya da atamanızı kaldırdı.`,
          en: `${number} was taken off your plan: the office gave it to another technician or withdrew your assignment.`,
        },
      },
    ];
  });
}
