import type { Catalogue } from '../../http/messages.ts';

/** The OLA module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  ola_task_done: {
    tr: 'Bu iç hedef görevi zaten tamamlandı.',
    en: 'This internal target task is already done.',
  },
  ola_completes_with_phase: {
    tr: 'Bu görev elle kapatılmaz; iş emri aşamadan çıkınca kendiliğinden tamamlanır.',
    en: 'This task is not closed by hand; it completes when the work order leaves the phase.',
  },
} satisfies Record<string, Catalogue>;
