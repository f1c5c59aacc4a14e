import { Input, SegmentedControl } from '@mantine/core';
import type { Locale } from '@usta/contracts/common';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALES } from '../../i18n/index.ts';

export function LocaleControl({ value, onChange }: { value: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={t('users.form.locale')}>
      <SegmentedControl
        fullWidth
        mt={4}
        value={value}
        onChange={(next) => isLocale(next) && onChange(next)}
        data-testid="user-form-locale"
        data={LOCALES.map((locale) => ({
          value: locale,
          label: <span data-testid={`user-form-locale-${locale}`}>{t(`language.${locale}`)}</span>,
        }))}
      />
    </Input.Wrapper>
  );
}
