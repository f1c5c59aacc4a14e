import type { ErrorCode } from '../../http/errors.ts';
import type { Catalogue, ErrorTexts } from '../../http/messages.ts';

/** The planning module's error texts (problem detail and title), merged in http/messages.ts. */
export const errorTexts = {
  VISIT_OVERLAP: {
    tr: 'Teknisyenin bu saatlerde başka bir ziyareti var; ziyaretler çakışamaz.',
    en: 'The technician has another visit at that time; visits cannot overlap.',
    title: { tr: 'Ziyaret çakışması', en: 'Overlapping visit' },
  },
  VISIT_REJECTED: {
    tr: 'Ziyaret bu şekilde planlanamaz: {reasonTr}',
    en: 'The visit cannot be planned like this: {reasonEn}',
    title: { tr: 'Ziyaret planlanamadı', en: 'Visit rejected' },
  },
  PLAN_STALE: {
    tr: 'Öneri hazırlandıktan sonra pano ya da teknisyenler (vardiya, yetenek, yetki) değişti; hiçbir değişiklik uygulanmadı. Yeniden optimize edin.',
    en: 'The board or the technicians (shift, skills, authorisation) changed after the proposal was made; nothing was applied. Optimise again.',
    title: { tr: 'Plan değişti', en: 'Plan changed' },
  },
  PLAN_NOT_READY: {
    tr: 'Bu öneri henüz hazır değil ya da başarısız oldu.',
    en: 'This proposal is not ready yet or has failed.',
    title: { tr: 'Öneri hazır değil', en: 'Proposal not ready' },
  },
  NO_TECHNICIANS: {
    tr: 'Seçilen ekipte veya listede planlanabilecek teknisyen yok.',
    en: 'There are no technicians to plan in the chosen team or list.',
    title: { tr: 'Teknisyen yok', en: 'No technicians' },
  },
} satisfies Partial<Record<ErrorCode, ErrorTexts>>;

/** The planning module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  window_end_before_start: {
    tr: 'Söz verilen zaman aralığının bitişi başlangıcından önce olamaz.',
    en: 'The promised window cannot end before it starts.',
  },
  planned_end_before_start: {
    tr: 'Ziyaretin bitişi başlangıcından sonra olmalı.',
    en: 'The visit must end after it starts.',
  },
  outside_window: {
    tr: 'Ziyaret müşteriye söz verilen zaman aralığında başlamıyor.',
    en: 'The visit does not start inside the window promised to the customer.',
  },
  outside_shift: {
    tr: 'Ziyaret teknisyenin vardiyası dışında.',
    en: 'The visit is outside the technician’s shift.',
  },
  holiday: { tr: 'Bu gün tatil; teknisyen çalışmıyor.', en: 'That day is a holiday; the technician is off.' },
  missing_skill: {
    tr: 'Teknisyen bu iş için gereken yetkinliğe sahip değil.',
    en: 'The technician lacks the skill this order needs.',
  },
  outside_region: {
    tr: 'Adres teknisyenin bölgesi dışında.',
    en: 'The address is outside the technician’s regions.',
  },
  not_authorised_customer: {
    tr: 'Teknisyen bu müşteri için yetkili değil.',
    en: 'The technician is not authorised for this customer.',
  },
  overlap: {
    tr: 'Teknisyenin bu saatlerde başka bir ziyareti var.',
    en: 'The technician has another visit at that time.',
  },
  sla_breach: {
    tr: 'Ziyaret SLA bitiş zamanından sonra bitiyor.',
    en: 'The visit ends after the SLA due time.',
  },
  max_jobs_exceeded: {
    tr: 'Teknisyenin günlük en fazla iş sayısı aşılıyor.',
    en: 'The technician’s maximum jobs per day is exceeded.',
  },
  visit_finished: {
    tr: 'Tamamlanmış, iptal edilmiş veya gelinmemiş ziyaret değiştirilemez.',
    en: 'A done, cancelled or no-show visit cannot be changed.',
  },
  order_not_plannable: {
    tr: 'Bu iş emri planlanabilir bir aşamada değil.',
    en: 'This work order is not in a phase that can be planned.',
  },
  not_a_technician: { tr: 'Bu kullanıcı teknisyen değil.', en: 'This user is not a technician.' },
  skill_cycle: { tr: 'Bir yetkinlik kendi alt yetkinliği olamaz.', en: 'A skill cannot be its own child.' },
  unassigned_missing_skill: {
    tr: 'Gereken yetkinliğe (ve müşteri/bölge yetkisine) sahip teknisyen yok.',
    en: 'No technician has the skill (and customer/region authorisation) it needs.',
  },
  unassigned_no_location: { tr: 'Adresin konumu bilinmiyor.', en: 'The address has no known location.' },
  unassigned_no_shift: {
    tr: 'Uygun teknisyenin bu gün vardiyası yok ya da yetmiyor.',
    en: 'No suitable technician works long enough that day.',
  },
  unassigned_no_room: { tr: 'Günün planında yer kalmadı.', en: 'The day is full.' },
  unassigned_window_unreachable: {
    tr: 'Söz verilen aralık veya SLA süresi içinde ulaşılamıyor.',
    en: 'Cannot be reached within the promised window or the SLA due time.',
  },
  unassigned_pinned_infeasible: {
    tr: 'Sabitlenmiş ziyaretlerin sırası uygulanamıyor.',
    en: 'The pinned visits cannot keep their order.',
  },
  unassigned_other: { tr: 'Planlanamadı.', en: 'Could not be planned.' },
} satisfies Record<string, Catalogue>;
