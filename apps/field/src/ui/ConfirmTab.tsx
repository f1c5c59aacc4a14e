import { generate } from 'lean-qr';
import { useEffect, useRef, useState } from 'react';
import { getMeta, setMeta } from '../db.ts';
import { t } from '../i18n.ts';
import { useLive } from '../live.ts';
import type { LocalJob } from '../sync/local.ts';
import { enqueue } from '../sync/queue.ts';
import { useSync } from './Chrome.tsx';
import { Icon } from './Icon.tsx';
import { clearCanvas, SignaturePad } from './SignaturePad.tsx';

/** The customer's confirmation page (src/confirm/main.ts); the token travels in the fragment. */
export function confirmationUrl(token: string): string {
  return `${window.location.origin}/field/confirm.html#${token}`;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function ConfirmTab({ job }: { job: LocalJob }) {
  const [signerName, setSignerName] = useState(job.order.contact?.name ?? '');
  const [image, setImage] = useState<string | null>(null);
  const [padKey, setPadKey] = useState(0);
  const pad = useRef<HTMLDivElement>(null);
  const sync = useSync();

  const save = async () => {
    if (!image || !signerName.trim()) return;
    await enqueue(job.order, 'capture_signature', { signerName: signerName.trim(), imageDataUrl: image });
    setImage(null);
  };
  // Kept after the command was sent: the customer may scan the code later.
  const savedToken = useLive(() => getMeta<string>(`qr:${job.order.id}`), job.order.id);
  const token = job.confirmationToken ?? savedToken ?? null;
  const showQr = async () => {
    const fresh = randomToken();
    await setMeta(`qr:${job.order.id}`, fresh);
    await enqueue(job.order, 'request_customer_confirmation', { token: fresh });
  };

  return (
    <>
      <div className="section-title">{t('confirm.signature')}</div>
      {job.signature ? (
        <div className="card" data-testid="signature-saved">
          <span className="row">
            <Icon name="check" />{' '}
            <span className="grow">{t('confirm.saved', { name: job.signature.signerName })}</span>
            {job.signature.pending && <span className="pill pending">{t('common.waiting')}</span>}
          </span>
        </div>
      ) : (
        <div className="card">
          <div ref={pad}>
            <SignaturePad key={padKey} onChange={setImage} />
          </div>
          <label className="field" style={{ marginTop: 10 }}>
            {t('confirm.signerName')}
            <input
              data-testid="signer-name"
              value={signerName}
              onChange={(e) => setSignerName(e.target.value)}
            />
          </label>
          <div className="row">
            <button
              type="button"
              className="btn secondary small"
              onClick={() => {
                clearCanvas(pad.current);
                setImage(null);
                setPadKey(padKey + 1);
              }}
            >
              {t('confirm.clear')}
            </button>
            <button
              type="button"
              className="btn grow"
              data-testid="signature-save"
              disabled={!image || !signerName.trim()}
              onClick={() => void save()}
            >
              {t('confirm.save')}
            </button>
          </div>
        </div>
      )}
      <div className="section-title">{t('confirm.qr')}</div>
      <div className="card">
        {token ? (
          <>
            <Qr text={confirmationUrl(token)} />
            <p className="muted center">{t('confirm.qrHint')}</p>
            <p className="muted center qr-url" data-testid="qr-url">
              {confirmationUrl(token)}
            </p>
          </>
        ) : sync.online ? (
          <button type="button" className="btn secondary" data-testid="qr-show" onClick={() => void showQr()}>
            {t('confirm.qrShow')}
          </button>
        ) : (
          <p className="muted">{t('confirm.qrOffline')}</p>
        )}
      </div>
    </>
  );
}

function Qr({ text }: { text: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) generate(text).toCanvas(canvas.current);
  }, [text]);
  return (
    <div className="qr" data-testid="qr">
      <canvas ref={canvas} />
    </div>
  );
}
