import { db } from '../db.ts';
import { formatDate, formatTime, getLocale, type MessageKey, t } from '../i18n.ts';
import { useLive } from '../live.ts';
import { refreshCounts } from '../sync/engine.ts';
import type { RejectedCommand, Session } from '../types.ts';
import { navigate } from './App.tsx';
import { Banners, TopBar } from './Chrome.tsx';

/** What the rejected command said, in the technician's words (from the payload kept with it). */
function detail(r: RejectedCommand): string {
  try {
    const payload = JSON.parse(r.summary) as Record<string, unknown>;
    if (r.type === 'set_status' && typeof payload.step === 'string')
      return t(`step.${payload.step}` as MessageKey);
    const text = payload.text ?? payload.diagnosis ?? payload.workDone ?? payload.signerName;
    return typeof text === 'string' ? text.slice(0, 120) : '';
  } catch {
    return '';
  }
}

/** Every rejected command stays here, with the server's reason and what to do, until acknowledged. */
export function Problems({ session }: { session: Session }) {
  const data = useLive(async () => ({
    rejected: await db.rejected.toArray(),
    orderIds: new Set(await db.orders.toCollection().primaryKeys()),
  }));
  const open = (data?.rejected ?? [])
    .filter((r) => !r.acknowledged)
    .sort((a, b) => a.rejectedAt.localeCompare(b.rejectedAt));
  const locale = getLocale();
  return (
    <div className="screen">
      <TopBar title={t('problems.title')} back="/" />
      <Banners session={session} hideRejected />
      <main className="content no-actions" data-testid="problems">
        {open.length === 0 && <p className="muted center">{t('problems.none')}</p>}
        {open.map((r) => (
          <div className="card problem" key={r.commandId} data-testid="problem" data-code={r.reason.code}>
            <strong>
              {t(`cmd.${r.type}` as MessageKey)}
              {detail(r) && `: ${detail(r)}`}
            </strong>
            <div className="muted">
              {r.number && `${t('problems.job', { number: r.number })} · `}
              {formatDate(r.rejectedAt)} {formatTime(r.rejectedAt)}
            </div>
            <p data-testid="problem-message">{r.reason.message[locale]}</p>
            <p>
              <strong>{t('problems.what')}:</strong> {r.reason.action[locale]}
            </p>
            <div className="row">
              {data?.orderIds.has(r.workOrderId) && (
                <button
                  type="button"
                  className="btn secondary small grow"
                  onClick={() => navigate(`/job/${r.workOrderId}/info`)}
                >
                  {t('problems.openJob')}
                </button>
              )}
              <button
                type="button"
                className="btn small grow"
                data-testid="problem-ok"
                onClick={async () => {
                  await db.rejected.update(r.commandId, { acknowledged: true });
                  await refreshCounts();
                }}
              >
                {t('problems.ok')}
              </button>
            </div>
          </div>
        ))}
      </main>
    </div>
  );
}
