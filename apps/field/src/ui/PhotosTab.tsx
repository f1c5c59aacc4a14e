import { useRef, useState } from 'react';
import { t } from '../i18n.ts';
import { compressPhoto } from '../photo.ts';
import type { LocalJob } from '../sync/local.ts';
import { enqueue } from '../sync/queue.ts';
import type { PendingUpload } from '../types.ts';
import { AuthImage } from './AuthImage.tsx';
import { Icon } from './Icon.tsx';

/** Camera photos: compressed on the phone, kept in IndexedDB, uploaded in the background. */
export function PhotosTab({ job, uploads }: { job: LocalJob; uploads: PendingUpload[] }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sent = job.order.attachments.filter((a) => a.kind === 'photo');

  const take = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      for (const file of Array.from(files)) {
        const { blob, thumb } = await compressPhoto(file);
        const upload: PendingUpload = {
          id: crypto.randomUUID(),
          workOrderId: job.order.id,
          blob,
          contentType: 'image/jpeg',
          size: blob.size,
          fileName: `${job.order.number}-${Date.now()}.jpg`,
          sentBytes: 0,
          createdAt: new Date().toISOString(),
          thumb,
        };
        // The attachment id is filled in when the upload has finished (see sync/engine.ts).
        await enqueue(job.order, 'add_photo', { attachmentId: '' }, { upload });
      }
    } catch (e) {
      setError(String(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <div className="card">
        {uploads.length === 0 && sent.length === 0 && <div className="muted">{t('photos.none')}</div>}
        <div className="photos" data-testid="photos">
          {uploads.map((u) => (
            <figure key={u.id} data-testid="photo-pending">
              <img src={u.thumb} alt="" />
              <figcaption>{u.attachmentId ? t('photos.uploaded') : t('photos.waiting')}</figcaption>
            </figure>
          ))}
          {sent.map((a) => (
            <figure key={a.id} data-testid="photo-sent">
              <AuthImage id={a.id} />
              <figcaption>
                {t('photos.uploaded')} · {a.fileName ?? ''}
              </figcaption>
            </figure>
          ))}
        </div>
        {error && <p className="error">{error}</p>}
      </div>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        data-testid="photo-input"
        onChange={(e) => void take(e.target.files)}
      />
      <button
        type="button"
        className="btn secondary"
        disabled={busy}
        data-testid="photo-take"
        onClick={() => input.current?.click()}
      >
        <span className="row" style={{ justifyContent: 'center' }}>
          <Icon name="photos" /> {t('photos.take')}
        </span>
      </button>
    </>
  );
}
