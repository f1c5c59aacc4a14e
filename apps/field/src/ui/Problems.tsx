import { db } from '../db.ts';
import { formatDate, formatTime, getLocale, type MessageKey, t } from '../i18n.ts';
import { useLive } from '../live.ts';
import { refreshCounts } from '../sync/engine.ts';
import type { Session } from '../types.ts';
import { navigate } from './App.tsx';
import { Banners, TopBar } from './Chrome.tsx';

/** Every rejected command stays here, with the server's reason and what to do, until acknowledged. */
export function Problems({ session }: { session: Session }) {
  const rejected = useLive(() => db.rejected.orderBy('commandId').toArray());
  const open = (rejected ?? [])
    .filter((r) => !r.acknowledged)
    .sort((a, b) => a.rejectedAt.localeCompare(b.rejectedAt));
  const locale = getLocale();
  return (
    <div className="screen">
      <TopBar title={t('problems.title')} back="/" />
      <Banners session={session} />
      <main className="content no-actions" data-testid="problems">
        {open.length === 0 && <p className="muted center">{t('problems.none')}</p>}
        {open.map((r) => (
          <div className="card problem" key={r.commandId} data-testid="problem" data-code={r.reason.code}>
            <div className="row spread">
              <strong>
                {t(`cmd.${r.type}` as MessageKey)}{' '}
                {r.number && `· ${t('problems.job', { number: r.number })}`}
              </strong>
              <span className="muted">
                {formatDate(r.rejectedAt)} {formatTime(r.rejectedAt)}
              </span>
            </div>
            <p data-testid="problem-message">{r.reason.message[locale]}</p>
            <p>
              <strong>{t('problems.what')}:</strong> {r.reason.action[locale]}
            </p>
            <div className="row">
              {r.workOrderId && (
                <button
                  type="button"
                  className="btn secondary small grow"
                  onClick={() => navigate(`/job/${r.workOrderId}/info`)}
                >
                  {r.number || '→'}
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
