import type { PushPayload } from '@usta/contracts/push';
import type { Executor } from '../../db/database.ts';
import { enqueuePushMessage } from '../outbox/index.ts';

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
    /** visit_changed only: planned, moved or cancelled. */
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
    planned: (n: string) => `Ziyaret planlandı: ${n}`,
    moved: (n: string) => `Ziyaret değişti: ${n}`,
    cancelled: (n: string) => `Ziyaret iptal: ${n}`,
  },
  en: {
    work_order_assigned: (n: string) => `New work order: ${n}`,
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
  const kind = template === 'visit_changed' ? 'visit_changed' : 'work_order_assigned';
  const change = data.change === 'moved' || data.change === 'cancelled' ? data.change : 'planned';
  const title = kind === 'visit_changed' ? t[change](number) : t.work_order_assigned(number);
  const body = [data.customerName, data.start].filter((x) => typeof x === 'string' && x).join(' · ');
  return {
    kind,
    title,
    body,
    url: workOrderId ? `/field/#/job/${workOrderId}/info` : '/field/',
    ...(workOrderId ? { workOrderId } : {}),
    number,
  };
}
