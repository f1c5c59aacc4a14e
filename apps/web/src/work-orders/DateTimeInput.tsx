import '@mantine/dates/styles.css';
import { DateTimePicker, type DateTimePickerProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

interface DateTimeInputProps extends Omit<DateTimePickerProps, 'value' | 'onChange'> {
  /** `YYYY-MM-DD HH:mm:ss` on the Istanbul clock. */
  value: string;
  onChange: (value: string) => void;
}

/** Start and end of a time entry, in the Turkish day.month.year hour:minute format. */
export function DateTimeInput({ value, onChange, ...props }: DateTimeInputProps) {
  const { i18n } = useTranslation();
  return (
    <DateTimePicker
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      valueFormat="DD.MM.YYYY HH:mm"
      locale={i18n.resolvedLanguage === 'en' ? 'en' : 'tr'}
      {...props}
    />
  );
}
