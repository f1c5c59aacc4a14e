import type { ReactNode } from 'react';
import { useSyncExternalStore } from 'react';
import { formatTime, t } from '../i18n.ts';
import { type SyncState, subscribeSync, syncNow, syncState } from '../sync/engine.ts';
import type { Session } from '../types.ts';
import { navigate } from './App.tsx';
import { Icon } from './Icon.tsx';

export function useSync(): SyncState {
  return useSyncExternalStore(subscribeSync, syncState);
}

/** Waiting count + last sync; one tap sends now. */
export function SyncBadge() {
  const sync = useSync();
  const waiting = sync.pending;
  const label = sync.syncing
    ? t('sync.syncing')
    : sync.uploads > 0
      ? t('sync.uploading', { count: sync.uploads })
      : waiting > 0
        ? t('sync.waiting', { count: waiting })
        : t('sync.synced');
  return (
    <button
      type="button"
      className={`badge${waiting > 0 ? ' waiting' : ''}${sync.syncing ? ' syncing' : ''}`}
      data-testid="sync-badge"
      data-pending={sync.pending}
      data-uploads={sync.uploads}
      onClick={() => void syncNow()}
      aria-label={`${label}. ${t('sync.retry')}`}
    >
      <Icon name="sync" size={18} />
      <span className="count">{waiting}</span>
      <span className="badge-text">
        <span className="badge-label">{label}</span>
        <small data-testid="sync-last">
          {sync.lastSyncAt ? t('sync.last', { time: formatTime(sync.lastSyncAt) }) : t('sync.never')}
        </small>
      </span>
    </button>
  );
}

/** Offline, session and rejection banners; shown on every screen. */
export function Banners({ session, hideRejected = false }: { session: Session; hideRejected?: boolean }) {
  const sync = useSync();
  const daysLeft = Math.floor((Date.parse(session.refreshExpiresAt) - Date.now()) / 86_400_000);
  return (
    <>
      {(session.ended || sync.lastError === 'session' || daysLeft < 0) && (
        <button
          type="button"
          className="banner ended"
          data-testid="banner-session"
          onClick={() => navigate('/login')}
        >
          {t('banner.sessionEnded')}
        </button>
      )}
      {!session.ended && daysLeft >= 0 && daysLeft <= 3 && (
        <div className="banner expiring">{t('banner.sessionExpiring', { days: daysLeft })}</div>
      )}
      {!sync.online && (
        <div className="banner offline" data-testid="banner-offline">
          {t('banner.offline')}
        </div>
      )}
      {sync.lastError === 'server' && sync.online && (
        <button type="button" className="banner expiring" onClick={() => void syncNow()}>
          {t('sync.serverError')}
        </button>
      )}
      {sync.rejected > 0 && !hideRejected && (
        <button
          type="button"
          className="banner rejected"
          data-testid="banner-rejected"
          onClick={() => navigate('/problems')}
        >
          {t('banner.rejected', { count: sync.rejected })}
        </button>
      )}
    </>
  );
}

export function TopBar({ title, back, children }: { title: string; back?: string; children?: ReactNode }) {
  return (
    <header className="top">
      {back !== undefined && (
        <button
          type="button"
          className="link back"
          onClick={() => navigate(back)}
          data-testid="back"
          aria-label={t('job.back')}
        >
          ‹
        </button>
      )}
      <h1>{title}</h1>
      {children}
      <SyncBadge />
    </header>
  );
}
