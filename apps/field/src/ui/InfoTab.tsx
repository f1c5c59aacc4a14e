import { formatDate, getLocale, t } from '../i18n.ts';
import { officeFiles } from '../sync/files.ts';
import type { LocalJob } from '../sync/local.ts';
import { FileList } from './Files.tsx';
import { Icon } from './Icon.tsx';

function mapsLink(address: NonNullable<LocalJob['order']['address']>): string {
  // geo: opens the phone's maps app on Android; iOS handles the maps.apple.com link.
  const query = encodeURIComponent(address.text);
  if (/iPhone|iPad/.test(navigator.userAgent)) return `https://maps.apple.com/?q=${query}`;
  return address.lat !== null && address.lng !== null
    ? `geo:${address.lat},${address.lng}?q=${address.lat},${address.lng}(${query})`
    : `geo:0,0?q=${query}`;
}

export function InfoTab({ job, userId }: { job: LocalJob; userId: string }) {
  const { order } = job;
  const phone = order.contact?.phone ?? order.customer.phone;
  const notes = order.activities.filter((a) => a.kind === 'note' && a.description);
  const files = officeFiles(order.attachments, userId);
  return (
    <>
      <div className="card">
        <div className="row spread">
          <strong style={{ fontSize: 18 }}>{order.customer.name}</strong>
          <span className="pill" style={{ background: order.statusInfo.colour }}>
            {getLocale() === 'tr' ? order.statusInfo.nameTr : order.statusInfo.nameEn}
          </span>
        </div>
        {order.visit && (
          <div className="muted">
            {t('job.visit')}: {formatDate(order.visit.start)}{' '}
            {new Date(order.visit.start).toLocaleTimeString(getLocale(), {
              hour: '2-digit',
              minute: '2-digit',
            })}
          </div>
        )}
        {order.address && (
          <a className="tap" href={mapsLink(order.address)} data-testid="job-address">
            <Icon name="pin" />
            <span>{order.address.text}</span>
          </a>
        )}
        {phone && (
          <a className="tap" href={`tel:${phone.replace(/[^\d+]/g, '')}`} data-testid="job-phone">
            <Icon name="phone" />
            <span>
              {order.contact?.name ?? order.customer.name} · {phone}
            </span>
          </a>
        )}
      </div>
      <div className="card">
        <h2>{t('job.complaint')}</h2>
        <div data-testid="job-complaint">{order.complaint}</div>
      </div>
      {order.device && (
        <div className="card">
          <h2>{t('job.device')}</h2>
          <div>
            {order.device.brand} {order.device.model} · {order.device.deviceType}
          </div>
          {order.device.serialNumber && <div className="muted">S/N {order.device.serialNumber}</div>}
          <div style={{ marginTop: 6 }}>
            <span
              className={`pill ${order.device.warrantyStatus === 'in_warranty' ? 'ok' : 'bad'}`}
              data-testid="job-warranty"
            >
              {t(`warranty.${order.device.warrantyStatus}`)}
            </span>
            {order.device.warrantyEnd && <span className="muted"> · {order.device.warrantyEnd}</span>}
          </div>
          <h2 style={{ marginTop: 12 }}>{t('job.history')}</h2>
          {order.history.length === 0 ? (
            <div className="muted">{t('job.noHistory')}</div>
          ) : (
            <ul className="list">
              {order.history.map((h) => (
                <li key={h.id}>
                  <strong>{h.number}</strong> <span className="muted">{formatDate(h.createdAt)}</span>
                  {h.summary && <div className="muted">{h.summary}</div>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {order.parts.length > 0 && (
        <div className="card">
          <h2>{t('job.partsExpected')}</h2>
          <ul className="list">
            {order.parts.map((p) => (
              <li key={p.id}>
                {p.itemName} × {p.quantity}
                {p.serialNumber ? ` · ${p.serialNumber}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <div className="card">
          <h2>{t('job.notes')}</h2>
          <ul className="list">
            {notes.map((a) => (
              <li key={a.id}>
                <div>{a.description}</div>
                <div className="muted">
                  {a.actorName ?? ''} · {formatDate(a.occurredAt)}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      {files.length > 0 && (
        <div className="card">
          <h2>{t('job.attachments')}</h2>
          <FileList files={files} />
        </div>
      )}
    </>
  );
}
