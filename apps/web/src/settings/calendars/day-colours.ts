import type { CSSProperties } from 'react';
import type { DayAppearance } from './month-grid.ts';

const c = (name: string) => `var(--mantine-color-${name})`;

/**
 * Holidays are filled and loud, ordinary days quiet: a manager checking the year against the
 * official calendar should see the bayrams, the arife half days and 29 Ekim without hovering.
 * The half day is split diagonally: worked in the morning, closed in the afternoon.
 */
export const DAY_STYLES: Record<DayAppearance, CSSProperties> = {
  working: { background: c('teal-0'), color: c('dark-7'), borderColor: c('teal-2') },
  closed: { background: c('gray-1'), color: c('gray-5'), borderColor: c('gray-2') },
  'public-holiday': { background: c('red-6'), color: c('white'), borderColor: c('red-7'), fontWeight: 700 },
  'company-holiday': {
    background: c('grape-6'),
    color: c('white'),
    borderColor: c('grape-7'),
    fontWeight: 700,
  },
  'half-day': {
    background: `linear-gradient(135deg, ${c('teal-0')} 50%, ${c('orange-5')} 50%)`,
    color: c('dark-7'),
    borderColor: c('orange-6'),
    fontWeight: 700,
  },
  'working-day': { background: c('blue-6'), color: c('white'), borderColor: c('blue-7'), fontWeight: 700 },
};
