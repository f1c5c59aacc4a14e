import type { Attachment } from '@usta/contracts/attachments';
import { useEffect, useState } from 'react';
import { db } from '../db.ts';
import { t } from '../i18n.ts';
import { useLive } from '../live.ts';
import { loadAttachment, NeedsConnectionError } from '../sync/files.ts';
import type { CachedFile } from '../types.ts';
import { useSync } from './Chrome.tsx';
import { Icon } from './Icon.tsx';

function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Problem = { id: string; kind: 'offline' | 'failed' };

/**
 * The office's files on the order: a tap opens one (from the phone when kept, else downloaded
 * and kept). Offline and not kept, the row says it needs a connection instead of spinning.
 */
export function FileList({ files }: { files: Attachment[] }) {
  const kept = useLive(async () => new Set(await db.files.toCollection().primaryKeys()));
  const { online } = useSync();
  const [opening, setOpening] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [shown, setShown] = useState<CachedFile | null>(null);

  const open = async (attachment: Attachment) => {
    setOpening(attachment.id);
    setProblem(null);
    try {
      setShown(await loadAttachment(attachment));
    } catch (error) {
      setProblem({ id: attachment.id, kind: error instanceof NeedsConnectionError ? 'offline' : 'failed' });
    } finally {
      setOpening(null);
    }
  };

  return (
    <>
      <ul className="list files" data-testid="files">
        {files.map((a) => {
          const onPhone = kept?.has(a.id) ?? false;
          return (
            <li key={a.id}>
              <button
                type="button"
                className="file"
                data-testid="file"
                data-kept={onPhone}
                disabled={opening === a.id}
                onClick={() => void open(a)}
              >
                <Icon name={a.contentType.startsWith('image/') ? 'photos' : 'file'} />
                <span className="grow">
                  <span className="file-name">{a.fileName ?? a.contentType}</span>
                  <small className="muted">
                    {sizeLabel(a.size)} ·{' '}
                    {opening === a.id
                      ? t('files.opening')
                      : onPhone
                        ? t('files.onPhone')
                        : online
                          ? t('files.online')
                          : t('files.needsConnection')}
                  </small>
                </span>
              </button>
              {problem?.id === a.id && (
                <p className="error" data-testid="file-problem" data-kind={problem.kind}>
                  {problem.kind === 'offline' ? t('files.offlineNotKept') : t('files.failed')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {shown && <FileViewer file={shown} onClose={() => setShown(null)} />}
    </>
  );
}

/** A sheet over the job: images shown, every file with "open" and "save" as real links (one tap). */
function FileViewer({ file, onClose }: { file: CachedFile; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(file.blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);
  const name = file.fileName ?? file.id;
  const image = file.contentType.startsWith('image/');
  return (
    <div className="viewer" role="dialog" aria-label={name} data-testid="file-viewer">
      <div className="viewer-top">
        <strong className="grow file-name">{name}</strong>
        <button type="button" className="btn small secondary" onClick={onClose} data-testid="file-close">
          {t('files.close')}
        </button>
      </div>
      <div className="viewer-body">
        {url && image && <img src={url} alt={name} data-testid="file-image" />}
        {/* PDFs and office documents open in the phone's own viewer (an embedded PDF is not
            shown by mobile Chrome anyway). */}
        {!image && (
          <p className="muted center" data-testid="file-no-preview">
            <Icon name="file" size={48} />
            <br />
            {t('files.noPreview')}
          </p>
        )}
      </div>
      {url && (
        <div className="viewer-actions">
          <a className="btn" href={url} target="_blank" rel="noopener" data-testid="file-open">
            {t('files.open')}
          </a>
          <a className="btn secondary" href={url} download={name} data-testid="file-save">
            {t('files.save')}
          </a>
        </div>
      )}
    </div>
  );
}
