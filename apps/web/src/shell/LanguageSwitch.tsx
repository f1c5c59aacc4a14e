import { SegmentedControl } from '@mantine/core';
import type { Locale } from '@usta/contracts/common';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveMyLocale } from '../api/auth-api.ts';
import { session } from '../api/client.ts';
import { notifyError } from '../app/notify.tsx';
import { queryClient } from '../app/query-client.ts';
import { applyLocale, currentLocale, isLocale, LOCALES } from '../i18n/index.ts';
import { ME_QUERY_KEY } from './use-me-sync.ts';

/** TR/EN switch. Signed in, the choice is saved on the user (`PATCH /me`) so it follows them. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [saving, setSaving] = useState(false);
  const value = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLocale();

  async function change(next: string) {
    if (!isLocale(next) || next === value) return;
    await applyLocale(next);
    if (!session.get()) return;
    setSaving(true);
    try {
      const me = await saveMyLocale(next);
      queryClient.setQueryData(ME_QUERY_KEY, me);
      // The user's own row in the users table shows the language too.
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <SegmentedControl
      size="xs"
      radius="md"
      data-testid="language-switch"
      aria-label={t('language.label')}
      disabled={saving}
      value={value}
      onChange={(next) => void change(next)}
      data={LOCALES.map((locale: Locale) => ({
        value: locale,
        label: (
          <span data-testid={`language-${locale}`} title={t(`language.${locale}`)}>
            {locale.toUpperCase()}
          </span>
        ),
      }))}
    />
  );
}
