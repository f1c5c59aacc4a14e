import type { FieldStatusStep } from '@usta/contracts/sync';
import { useState } from 'react';
import { db, getMeta, setMeta } from '../db.ts';
import { getLocale, t } from '../i18n.ts';
import { useLive } from '../live.ts';
import { localJob, type StepHistory } from '../sync/local.ts';
import { enqueue } from '../sync/queue.ts';
import type { Session } from '../types.ts';
import { navigate } from './App.tsx';
import { Banners, TopBar } from './Chrome.tsx';
import { ConfirmTab } from './ConfirmTab.tsx';
import { Icon } from './Icon.tsx';
import { InfoTab } from './InfoTab.tsx';
import { PartsTab } from './PartsTab.tsx';
import { PhotosTab } from './PhotosTab.tsx';
import { WorkTab } from './WorkTab.tsx';

const TABS = [
  { id: 'info', label: 'job.tabs.info' },
  { id: 'work', label: 'job.tabs.work' },
  { id: 'parts', label: 'job.tabs.parts' },
  { id: 'photos', label: 'job.tabs.photos' },
  { id: 'confirm', label: 'job.tabs.confirm' },
] as const;

export function Job({ id, tab, session }: { id: string; tab: string; session: Session }) {
  const data = useLive(async () => {
    const order = await db.orders.get(id);
    if (!order) return null;
    const queue = await db.queue.where('workOrderId').equals(id).sortBy('seq');
    const uploads = await db.uploads.where('workOrderId').equals(id).toArray();
    const history = await getMeta<StepHistory>(`steps:${id}`);
    return { job: localJob(order, queue, uploads, history), uploads };
  }, id);

  if (data === undefined) return null;
  if (data === null) {
    return (
      <div className="screen">
        <TopBar title="—" back="/" />
        <Banners session={session} />
        <main className="content no-actions">
          <p className="muted">{t('job.gone')}</p>
        </main>
      </div>
    );
  }
  const { job, uploads } = data;
  const current = TABS.find((x) => x.id === tab)?.id ?? 'info';

  return (
    <div className="screen">
      <TopBar title={job.order.number} back="/" />
      <Banners session={session} />
      <main className="content" data-testid="job" data-job-id={id}>
        {current === 'info' && <InfoTab job={job} userId={session.user.id} />}
        {current === 'work' && <WorkTab job={job} />}
        {current === 'parts' && <PartsTab job={job} />}
        {current === 'photos' && <PhotosTab job={job} uploads={uploads} />}
        {current === 'confirm' && <ConfirmTab job={job} />}
      </main>
      <StatusAction job={job} />
      <div className="tabs" role="tablist">
        {TABS.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            aria-selected={x.id === current}
            data-testid={`tab-${x.id}`}
            onClick={() => navigate(`/job/${id}/${x.id}`)}
          >
            <Icon name={x.id} />
            {t(x.label)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The next lifecycle step as one big button above the tab bar, where the thumb is. */
function StatusAction({ job }: { job: ReturnType<typeof localJob> }) {
  const [withLocation, setWithLocation] = useState(false);
  const [busy, setBusy] = useState(false);
  const step = job.nextSteps[0];
  const done = job.lastStep;

  const report = async (next: FieldStatusStep) => {
    setBusy(true);
    try {
      const at = new Date().toISOString();
      const location = next === 'arrived' && withLocation ? await currentLocation() : undefined;
      const commandId = await enqueue(job.order, 'set_status', {
        step: next,
        at,
        ...(location ? { location } : {}),
      });
      const key = `steps:${job.order.id}`;
      const history = (await getMeta<StepHistory>(key)) ?? { times: {} };
      history.times[next] = at;
      if (next === 'work_finished') history.finishCommandId = commandId;
      await setMeta(key, history);
    } finally {
      setBusy(false);
    }
  };

  if (!step && !done) return null;
  return (
    <div className="actions">
      <div className="row spread status-line">
        <span data-testid={step ? 'status-current' : 'status-done'} className={done ? 'pill ok' : 'muted'}>
          {done ? t(`step.done.${done}`) : job.order.statusInfo[getLocale() === 'tr' ? 'nameTr' : 'nameEn']}
        </span>
        {step === 'arrived' && 'geolocation' in navigator && (
          <label className="check">
            <input
              type="checkbox"
              checked={withLocation}
              onChange={(e) => setWithLocation(e.target.checked)}
            />
            {t('step.location')}
          </label>
        )}
      </div>
      {step && (
        <button
          type="button"
          className="btn"
          disabled={busy}
          data-testid={`step-${step}`}
          onClick={() => void report(step)}
        >
          {t(`step.${step}`)}
        </button>
      )}
    </div>
  );
}

/** The phone's position, or nothing when it is refused or takes too long (the check-in still counts). */
function currentLocation(): Promise<{ lat: number; lng: number; accuracyM: number } | undefined> {
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracyM: p.coords.accuracy }),
      () => resolve(undefined),
      { timeout: 8_000, maximumAge: 60_000 },
    );
  });
}
