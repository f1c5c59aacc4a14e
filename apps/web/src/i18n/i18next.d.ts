import 'i18next';
import type calendarsTr from './calendars.tr.json';
import type olaTr from './ola.tr.json';
import type planningTr from './planning.tr.json';
import type recordsTr from './records.tr.json';
import type slaTr from './sla.tr.json';
import type tr from './tr.json';

// Typed keys: `t('users.nwe')` is a compile error, and tr.json is the reference for en.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof tr &
        typeof recordsTr &
        typeof calendarsTr &
        typeof slaTr &
        typeof planningTr &
        typeof olaTr;
    };
  }
}
