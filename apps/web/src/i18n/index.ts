import type { Locale } from '@usta/contracts/common';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import calendarsEn from './calendars.en.json';
import calendarsTr from './calendars.tr.json';
import en from './en.json';
import olaEn from './ola.en.json';
import olaTr from './ola.tr.json';
import planningEn from './planning.en.json';
import planningTr from './planning.tr.json';
import recordsEn from './records.en.json';
import recordsTr from './records.tr.json';
import slaEn from './sla.en.json';
import slaTr from './sla.tr.json';
import tr from './tr.json';

export const LOCALES = ['tr', 'en'] as const satisfies readonly Locale[];

const STORAGE_KEY = 'usta.locale';

/**
 * The language the login page opens in: the last one used in this browser, else Turkish. Only
 * this preference is kept in localStorage; after login the user's own `me.locale` wins.
 */
function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : 'tr';
  } catch {
    return 'tr';
  }
}

export function isLocale(value: unknown): value is Locale {
  return value === 'tr' || value === 'en';
}

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'tr';
}

export async function applyLocale(locale: Locale): Promise<void> {
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice still holds for this page.
  }
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: {
    tr: { translation: { ...tr, ...recordsTr, ...calendarsTr, ...slaTr, ...planningTr, ...olaTr } },
    en: { translation: { ...en, ...recordsEn, ...calendarsEn, ...slaEn, ...planningEn, ...olaEn } },
  },
  lng: initialLocale(),
  fallbackLng: 'tr',
  supportedLngs: LOCALES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
