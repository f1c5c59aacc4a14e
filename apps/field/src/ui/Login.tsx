import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, logIn, OfflineError } from '../api.ts';
import { t } from '../i18n.ts';
import { useLive } from '../live.ts';
import { syncNow } from '../sync/engine.ts';
import { SwitchBlockedError, waitingWork } from '../sync/owner.ts';

export function Login({ ended }: { ended: boolean }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Work another technician left on this phone: said before anyone types, sent only as them.
  const work = useLive(waitingWork);
  const waiting = work && work.total > 0 && work.owner ? work : null;
  const ownerEmail = waiting?.owner?.email;
  useEffect(() => {
    if (ownerEmail) setEmail((current) => current || ownerEmail);
  }, [ownerEmail]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await logIn(email, password);
      if (window.location.hash === '#/login') window.location.hash = '/';
      void syncNow();
    } catch (e) {
      if (e instanceof OfflineError) setError(t('login.offline'));
      else if (e instanceof SwitchBlockedError)
        setError(t('login.blocked', { name: e.work.owner?.name ?? '', count: e.work.total }));
      else setError(t('login.failed', { reason: e instanceof ApiError ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="login" onSubmit={submit}>
      {ended && <div className="banner ended">{t('banner.sessionEnded')}</div>}
      <img className="logo" src="/field/icon.svg" alt="" />
      <h1 style={{ margin: 0 }}>{t('appName')}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('login.title')}
      </p>
      {waiting?.owner && (
        <div className="banner expiring" data-testid="login-waiting" data-count={waiting.total}>
          {t('login.waiting', { name: waiting.owner.name, count: waiting.total })}
        </div>
      )}
      <label className="field">
        {t('login.email')}
        <input
          data-testid="login-email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label className="field">
        {t('login.password')}
        <input
          data-testid="login-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <p className="error" data-testid="login-error">
          {error}
        </p>
      )}
      <button className="btn" type="submit" disabled={busy} data-testid="login-submit">
        {t('login.submit')}
      </button>
    </form>
  );
}
