import '@mantine/dates/styles.css';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { InlineDateTimePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayWallClock, parseWallClock } from './wall-clock.ts';

interface WallClockInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** `YYYY-MM-DDTHH:mm` on the calendar's wall clock (the `datetime-local` format); '' for none. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A date and time on a calendar's wall clock in the app's Turkish format (13.03.2026 17:50),
 * typed or picked from a Mantine calendar in the user's language — instead of the browser's
 * `datetime-local`, which follows the operating system's locale (often US: 03/13/2026 05:50 PM).
 * Also accepts `2026-03-13T17:50` typed or pasted.
 */
export function WallClockInput({ value, onChange, error, ...props }: WallClockInputProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => displayWallClock(value));
  const [shown, setShown] = useState(value);
  const [opened, setOpened] = useState(false);
  // A new value from outside (the "Now" button, the picker): show it.
  if (value !== shown) {
    setShown(value);
    if (parseWallClock(text) !== value) setText(displayWallClock(value));
  }
  const invalid = text.trim() !== '' && parseWallClock(text) === null;

  const type = (next: string) => {
    const parsed = parseWallClock(next);
    // `2026-03-13T17:50` pasted: shown in the Turkish form at once; Turkish typing is left as typed.
    setText(parsed !== null && !next.includes('.') ? displayWallClock(parsed) : next);
    if (parsed !== null && parsed !== value) {
      setShown(parsed);
      onChange(parsed);
    }
  };

  return (
    <TextInput
      {...props}
      value={text}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={() => !invalid && setText(displayWallClock(value))}
      placeholder={t('sla.dateTime.placeholder')}
      error={error ?? (invalid ? t('sla.dateTime.invalid') : undefined)}
      inputMode="numeric"
      autoComplete="off"
      rightSection={
        <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withinPortal>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('sla.dateTime.pick')}
              onClick={() => setOpened((o) => !o)}
            >
              <IconCalendar size={16} />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <InlineDateTimePicker
              // The calendar spans its parent; a content-sized dropdown needs a width of its own.
              w={264}
              value={value ? `${value.replace('T', ' ')}:00` : null}
              onChange={(next) => {
                if (!next) return;
                const picked = next.slice(0, 16).replace(' ', 'T');
                setText(displayWallClock(picked));
                setShown(picked);
                onChange(picked);
              }}
              onSubmit={() => setOpened(false)}
              locale={i18n.resolvedLanguage === 'en' ? 'en' : 'tr'}
              firstDayOfWeek={1}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
