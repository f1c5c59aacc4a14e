import { TextInput, type TextInputProps } from '@mantine/core';

interface TimeFieldProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
}

/** "8:30", "830" and "08.30" become "08:30" when the field is left. */
export function normaliseTime(text: string): string {
  const digits = text.trim().replace(/[.:\s]/g, '');
  if (!/^\d{3,4}$/.test(digits)) return text.trim();
  return `${digits.padStart(4, '0').slice(0, 2)}:${digits.padStart(4, '0').slice(2)}`;
}

/**
 * A plain text field for HH:MM rather than the browser's time picker, because a working day may
 * end at 24:00, which `<input type="time">` cannot hold.
 */
export function TimeField({ value, onChange, ...props }: TimeFieldProps) {
  return (
    <TextInput
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={() => onChange(normaliseTime(value))}
      placeholder="08:30"
      maxLength={5}
      inputMode="numeric"
      w={76}
      styles={{ input: { textAlign: 'center', fontVariantNumeric: 'tabular-nums' } }}
      {...props}
    />
  );
}
