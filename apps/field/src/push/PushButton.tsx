import { useEffect, useState } from 'react';
import { getLocale } from '../i18n.ts';
import { disablePush, enablePush, type PushState, pushState } from './push.ts';

const TEXT = {
  tr: {
    off: 'Bildirim aç',
    on: 'Bildirim kapat',
    denied: 'Bildirim engelli',
    failed: 'Bildirim açılamadı',
  },
  en: {
    off: 'Notify me',
    on: 'Mute alerts',
    denied: 'Alerts blocked',
    failed: 'Could not turn on notifications',
  },
} as const;

/** Settings row button: asks for notification permission only when tapped; hidden if unsupported. */
export function PushButton() {
  const [state, setState] = useState<PushState | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void pushState().then(setState, () => setState('unsupported'));
  }, []);
  if (!state || state === 'unsupported') return null;
  const text = TEXT[getLocale() === 'en' ? 'en' : 'tr'];
  const toggle = async () => {
    setBusy(true);
    try {
      setState(await (state === 'on' ? disablePush() : enablePush()));
    } catch {
      window.alert(text.failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="btn secondary small grow"
      style={{ whiteSpace: 'nowrap' }}
      data-testid="push-toggle"
      data-state={state}
      disabled={busy || state === 'denied'}
      onClick={() => void toggle()}
    >
      {text[state]}
    </button>
  );
}
