import '@mantine/dates/styles.css';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDay } from './format.ts';

interface DayInputProps extends Omit<DateInputProps, 'value' | 'onChange'> {
  /** `YYYY-MM-DD`, or '' when empty. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A calendar day shown and typed the Turkish way (31.05.2027), whatever the browser's language;
 * the native date input would follow the browser and show mm/dd/yyyy on an English Chrome.
 */
export function DayInput({ value, onChange, ...props }: DayInputProps) {
  const { t, i18n } = useTranslation();
  return (
    <DateInput
      value={value || null}
      onChange={(day) => onChange(day ?? '')}
      valueFormat="DD.MM.YYYY"
      dateParser={parseTypedDay}
      locale={i18n.resolvedLanguage === 'en' ? 'en' : 'tr'}
      placeholder={t('workOrders.dayPlaceholder')}
      clearable
      popoverProps={{ withinPortal: false }}
      {...props}
    />
  );
}
