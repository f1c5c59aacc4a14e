import { useEffect, useState } from 'react';
import { t } from '../i18n.ts';
import type { LocalJob } from '../sync/local.ts';
import { enqueue } from '../sync/queue.ts';

const FIELDS = ['diagnosis', 'workDone', 'resolutionCode'] as const;
const LABELS = {
  diagnosis: 'work.diagnosis',
  workDone: 'work.workDone',
  resolutionCode: 'work.resolutionCode',
} as const;

export function WorkTab({ job }: { job: LocalJob }) {
  const [form, setForm] = useState({
    diagnosis: job.diagnosis,
    workDone: job.workDone,
    resolutionCode: job.resolutionCode,
  });
  const [minutes, setMinutes] = useState(job.labourMinutes === null ? '' : String(job.labourMinutes));
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    setMinutes(job.labourMinutes === null ? '' : String(job.labourMinutes));
  }, [job.labourMinutes]);

  const changed = FIELDS.filter((f) => form[f].trim() !== job[f].trim());
  const save = async () => {
    if (changed.length > 0) {
      const payload: Record<string, string | null> = {};
      for (const f of changed) payload[f] = form[f].trim() === '' ? null : form[f].trim();
      await enqueue(job.order, 'record_diagnosis', payload);
    }
    const wanted = Number.parseInt(minutes, 10);
    const started = job.stepTimes.work_started;
    if (started && job.finishCommandId && Number.isFinite(wanted) && wanted !== job.labourMinutes) {
      await enqueue(job.order, 'add_time_entry', {
        startedAt: started,
        endedAt: new Date(Date.parse(started) + wanted * 60_000).toISOString(),
        correctsCommandId: job.finishCommandId,
      });
    }
    if (note.trim()) {
      await enqueue(job.order, 'add_note', { text: note.trim(), visibility: 'internal' });
      setNote('');
    }
    setSaved(true);
  };

  return (
    <>
      {job.order.conflicts.map((c) => (
        <div className="card problem" key={c.field} data-testid={`conflict-${c.field}`}>
          <strong>{t('job.conflict', { field: t(LABELS[c.field]) })}</strong>
          <div className="muted">{t('job.conflictYours', { text: c.yours ?? '—' })}</div>
          <div className="muted">{t('job.conflictTheirs', { text: c.theirs ?? '—' })}</div>
        </div>
      ))}
      <div className="card">
        <label className="field">
          {t('work.labour')}
          <input
            className="input"
            inputMode="numeric"
            data-testid="work-labour"
            value={minutes}
            disabled={!job.finishCommandId}
            onChange={(e) => setMinutes(e.target.value.replace(/\D/g, ''))}
          />
        </label>
        {job.finishCommandId && <div className="muted">{t('work.labourAuto')}</div>}
      </div>
      <div className="card">
        {FIELDS.map((f) =>
          f === 'resolutionCode' ? (
            <label className="field" key={f}>
              {t(LABELS[f])}
              <input
                data-testid={`work-${f}`}
                value={form[f]}
                maxLength={40}
                onChange={(e) => setForm({ ...form, [f]: e.target.value })}
              />
            </label>
          ) : (
            <label className="field" key={f}>
              {t(LABELS[f])}
              <textarea
                data-testid={`work-${f}`}
                value={form[f]}
                onChange={(e) => setForm({ ...form, [f]: e.target.value })}
              />
            </label>
          ),
        )}
        <label className="field">
          {t('work.note')}
          <textarea data-testid="work-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {saved && changed.length === 0 && !note && (
          <p className="muted" data-testid="work-saved">
            {t('work.saved')}
          </p>
        )}
        <button type="button" className="btn secondary" data-testid="work-save" onClick={() => void save()}>
          {t('work.save')}
        </button>
      </div>
    </>
  );
}
