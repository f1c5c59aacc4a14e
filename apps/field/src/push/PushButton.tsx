import { useEffect, useState } from 'react';
import { getLocale } from '../i18n.ts';
import { disablePush, enablePush, type PushState, pushState } from './push.ts';

const TEXT = {
  tr: {
    off: 'Bildirimleri aç',
    on: 'Bildirimleri kapat',
    denied: 'Bildirimler engelli',
    failed: 'Bildirim açılamadı',
  },
  en: {
    off: 'Turn on notifications',
    on: 'Turn off notifications',
    denied: 'Notifications blocked',
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
      data-testid="push-toggle"
      data-state={state}
      disabled={busy || state === 'denied'}
      onClick={() => void toggle()}
    >
      {text[state]}
    </button>
  );
}
