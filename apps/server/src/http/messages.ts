import type { Locale } from '@usta/contracts/common';
import type { ErrorCode, MessageParams } from './errors.ts';

type Catalogue = Record<Locale, string>;

const errors: Record<ErrorCode, Catalogue & { title: Catalogue }> = {
  VALIDATION_FAILED: {
    tr: 'Gönderilen bilgilerde hata var; işaretli alanları düzeltin.',
    en: 'Some of the submitted fields are invalid; correct the marked fields.',
    title: { tr: 'Geçersiz bilgi', en: 'Validation failed' },
  },
  MALFORMED_REQUEST: {
    tr: 'İstek okunamadı: {reason}',
    en: 'The request could not be read: {reason}',
    title: { tr: 'Hatalı istek', en: 'Malformed request' },
  },
  UNAUTHENTICATED: {
    tr: 'Bu işlem için oturum açmanız gerekiyor.',
    en: 'You need to sign in for this.',
    title: { tr: 'Oturum gerekli', en: 'Authentication required' },
  },
  INVALID_CREDENTIALS: {
    tr: 'E-posta veya parola hatalı.',
    en: 'The e-mail or password is incorrect.',
    title: { tr: 'Giriş başarısız', en: 'Sign-in failed' },
  },
  SESSION_ENDED: {
    tr: 'Oturumunuz sona erdi; lütfen yeniden giriş yapın.',
    en: 'Your session has ended; please sign in again.',
    title: { tr: 'Oturum sona erdi', en: 'Session ended' },
  },
  FORBIDDEN: {
    tr: 'Bu işlem için yetkiniz yok.',
    en: 'You are not allowed to do this.',
    title: { tr: 'Yetkisiz', en: 'Forbidden' },
  },
  NOT_FOUND: {
    tr: 'Aranan kayıt bulunamadı ({entity}).',
    en: 'The requested record was not found ({entity}).',
    title: { tr: 'Bulunamadı', en: 'Not found' },
  },
  CONFLICT: {
    tr: 'Kayıt siz düzenlerken başka biri tarafından değiştirildi; güncel hâlini inceleyip yeniden kaydedin.',
    en: 'Someone else changed this record while you were editing; review the current version and save again.',
    title: { tr: 'Çakışma', en: 'Conflict' },
  },
  ALREADY_EXISTS: {
    tr: 'Bu {field} ile bir kayıt zaten var.',
    en: 'A record with this {field} already exists.',
    title: { tr: 'Kayıt zaten var', en: 'Already exists' },
  },
  INVALID_TRANSITION: {
    tr: '“{from}” durumundan “{to}” durumuna geçilemez.',
    en: 'Cannot move from “{from}” to “{to}”.',
    title: { tr: 'Geçersiz durum geçişi', en: 'Invalid transition' },
  },
  APPROVAL_REQUIRED: {
    tr: 'Son kontrole geçmeden önce müşteri onayı kaydedilmeli (imza, QR onayı veya onaylı teklif).',
    en: 'A customer approval (signature, QR confirmation or approved quote) must be recorded before the final check.',
    title: { tr: 'Müşteri onayı gerekli', en: 'Customer approval required' },
  },
  DIAGNOSIS_REQUIRED: {
    tr: 'Bu adım için teknisyen tespiti doldurulmalı.',
    en: 'The technician’s diagnosis must be filled in for this step.',
    title: { tr: 'Teknisyen tespiti gerekli', en: 'Diagnosis required' },
  },
  WORK_DONE_REQUIRED: {
    tr: 'Bu adım için yapılan işler doldurulmalı.',
    en: 'The work done must be filled in for this step.',
    title: { tr: 'Yapılan işler gerekli', en: 'Work done required' },
  },
  REASON_REQUIRED: {
    tr: 'İptal veya yeniden açma için bir gerekçe (not) yazın.',
    en: 'Give a reason (note) for cancelling or reopening.',
    title: { tr: 'Gerekçe gerekli', en: 'Reason required' },
  },
  MERGE_REFUSED: {
    tr: 'İş emirleri birleştirilemez: {reason}.',
    en: 'The work orders cannot be merged: {reason}.',
    title: { tr: 'Birleştirilemez', en: 'Merge refused' },
  },
  LINK_REFUSED: {
    tr: 'İş emirleri bağlanamaz: {reason}.',
    en: 'The work orders cannot be linked: {reason}.',
    title: { tr: 'Bağlanamaz', en: 'Link refused' },
  },
  IDEMPOTENCY_IN_PROGRESS: {
    tr: 'Aynı Idempotency-Key ile gönderilen istek hâlâ işleniyor.',
    en: 'A request with the same Idempotency-Key is still being processed.',
    title: { tr: 'İstek işleniyor', en: 'Request in progress' },
  },
  PAYLOAD_TOO_LARGE: {
    tr: 'İstek gövdesi çok büyük (en fazla {limit}).',
    en: 'The request body is too large (at most {limit}).',
    title: { tr: 'İstek çok büyük', en: 'Payload too large' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    tr: 'Bu içerik türü desteklenmiyor: {contentType}. application/json gönderin.',
    en: 'Unsupported content type: {contentType}. Send application/json.',
    title: { tr: 'Desteklenmeyen içerik türü', en: 'Unsupported media type' },
  },
  SLA_REVIEW_REQUIRED: {
    tr: 'Bu iş emri SLA hedefini aştı: kapatmadan önce kök neden ve düzeltici/önleyici faaliyet (DÖF) girin.',
    en: 'This order breached its SLA: record a root cause and a corrective/preventive action (CAPA) before closing it.',
    title: { tr: 'SLA incelemesi gerekli', en: 'SLA review required' },
  },
  IDEMPOTENCY_KEY_REUSED: {
    tr: 'Bu Idempotency-Key başka bir istek için kullanılmış.',
    en: 'This Idempotency-Key was already used for a different request.',
    title: { tr: 'Idempotency-Key yeniden kullanıldı', en: 'Idempotency key reused' },
  },
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
  UNPROCESSABLE: {
    tr: 'İşlem yapılamadı: {reason}',
    en: 'The request cannot be processed: {reason}',
    title: { tr: 'İşlenemedi', en: 'Unprocessable' },
  },
  RATE_LIMITED: {
    tr: 'Çok fazla deneme yapıldı; {seconds} saniye sonra yeniden deneyin.',
    en: 'Too many attempts; try again in {seconds} seconds.',
    title: { tr: 'Çok fazla istek', en: 'Too many requests' },
  },
  INTERNAL: {
    tr: 'Beklenmeyen bir hata oluştu. Hata kimliği: {requestId}',
    en: 'An unexpected error occurred. Error id: {requestId}',
    title: { tr: 'Sunucu hatası', en: 'Internal error' },
  },
  UNAVAILABLE: {
    tr: 'Hizmet şu anda kullanılamıyor.',
    en: 'The service is unavailable right now.',
    title: { tr: 'Hizmet kullanılamıyor', en: 'Service unavailable' },
  },
};

/** Field-level messages, keyed by the issue code (Zod's, or ours from `message: 'invalid_vkn'`). */
const fieldMessages: Record<string, Catalogue> = {
  required: { tr: 'Bu alan zorunludur.', en: 'This field is required.' },
  unsupported_content_type: {
    tr: 'Bu dosya türü kabul edilmiyor (JPEG, PNG, WebP, HEIC ya da PDF gönderin).',
    en: 'This file type is not accepted (send JPEG, PNG, WebP, HEIC or PDF).',
  },
  invalid_range: {
    tr: 'Content-Range geçersiz (bytes <baş>-<son>/<toplam>).',
    en: 'Invalid Content-Range (bytes <from>-<to>/<total>).',
  },
  size_changed: {
    tr: 'Yüklemenin toplam boyutu değişti; yeni bir Upload-Id ile başlayın.',
    en: 'The upload’s total size changed; start again with a new Upload-Id.',
  },
  empty_file: { tr: 'Dosya boş.', en: 'The file is empty.' },
  invalid_cursor: {
    tr: 'Eşitleme imleci geçersiz; imleçsiz yeniden isteyin.',
    en: 'Invalid sync cursor; ask again without one.',
  },
  root_cause_required: { tr: 'SLA aşımının kök nedenini girin.', en: 'Record the root cause of the breach.' },
  capa_required: {
    tr: 'En az bir düzeltici/önleyici faaliyet (DÖF) ekleyin.',
    en: 'Add at least one corrective/preventive action (CAPA).',
  },
  unknown_calendar: { tr: 'Bu takvim bulunamadı.', en: 'No such calendar.' },
  unknown_status: { tr: 'Şirketin böyle bir durumu yok.', en: 'The company has no such status.' },
  unknown_phase: { tr: 'Böyle bir aşama yok.', en: 'No such phase.' },
  unknown_user: { tr: 'Bu kullanıcı bulunamadı.', en: 'No such user.' },
  whole_business_days: { tr: 'İş günü tam sayı olmalı.', en: 'Business days must be whole.' },
  at_percent_or_breach: {
    tr: 'Ya bir yüzde ya da "hedef aşıldığında" seçin (ikisi birden değil).',
    en: 'Choose either a percentage or "at breach" (not both).',
  },
  recipients_required: { tr: 'En az bir alıcı seçin.', en: 'Choose at least one recipient.' },
  team_required: { tr: 'Devredilecek ekibi seçin.', en: 'Choose the team to hand over to.' },
  invalid_recipient: { tr: 'Geçersiz alıcı.', en: 'Invalid recipient.' },
  policy_in_use: {
    tr: 'Bu politika varsayılan ya da müşterilere atanmış; silinemez.',
    en: 'This policy is the default or assigned to customers; it cannot be deleted.',
  },
  invalid_type: {
    tr: 'Bu alanın türü yanlış (beklenen: {expected}).',
    en: 'Wrong type (expected {expected}).',
  },
  too_small: { tr: 'Çok kısa veya küçük (en az {minimum}).', en: 'Too short or small (at least {minimum}).' },
  too_big: { tr: 'Çok uzun veya büyük (en fazla {maximum}).', en: 'Too long or large (at most {maximum}).' },
  invalid_format: { tr: 'Biçimi geçersiz ({format}).', en: 'Invalid format ({format}).' },
  invalid_value: {
    tr: 'Geçersiz değer; izin verilenler: {values}.',
    en: 'Invalid value; allowed: {values}.',
  },
  unrecognized_key: { tr: 'Bilinmeyen alan.', en: 'Unknown field.' },
  invalid_email: { tr: 'Geçerli bir e-posta adresi girin.', en: 'Enter a valid e-mail address.' },
  password_too_short: {
    tr: 'Parola en az 10 karakter olmalı.',
    en: 'The password must have at least 10 characters.',
  },
  roles_required: { tr: 'En az bir rol seçin.', en: 'Choose at least one role.' },
  already_taken: { tr: 'Bu değer zaten kullanılıyor.', en: 'This value is already in use.' },
  invalid_vkn: { tr: 'Vergi kimlik numarası geçersiz.', en: 'Invalid tax number (VKN).' },
  invalid_tckn: { tr: 'T.C. kimlik numarası geçersiz.', en: 'Invalid Turkish identity number (TCKN).' },
  invalid_tax_number: { tr: 'Vergi/T.C. kimlik numarası geçersiz.', en: 'Invalid tax or identity number.' },
  invalid_phone: { tr: 'Telefon numarası geçersiz.', en: 'Invalid phone number.' },
  cannot_deactivate_self: {
    tr: 'Kendi hesabınızı pasifleştiremezsiniz.',
    en: 'You cannot deactivate your own account.',
  },
  last_admin: {
    tr: 'Şirketin son etkin yöneticisinin yetkisi alınamaz.',
    en: 'The organisation’s last active admin cannot lose that role.',
  },
  not_found: { tr: 'Bu kayıt bulunamadı.', en: 'This record was not found.' },
  invalid_status: { tr: 'Bu durumla iş emri açılamaz.', en: 'A work order cannot be opened in this status.' },
  contact_of_other_customer: {
    tr: 'Yetkili kişi bu müşteriye ait değil.',
    en: 'The contact belongs to another customer.',
  },
  ola_task_done: {
    tr: 'Bu iç hedef görevi zaten tamamlandı.',
    en: 'This internal target task is already done.',
  },
  ola_completes_with_phase: {
    tr: 'Bu görev elle kapatılmaz; iş emri aşamadan çıkınca kendiliğinden tamamlanır.',
    en: 'This task is not closed by hand; it completes when the work order leaves the phase.',
  },
  address_of_other_customer: {
    tr: 'Adres bu müşteriye ait değil.',
    en: 'The address belongs to another customer.',
  },
  device_of_other_customer: {
    tr: 'Cihaz bu müşteriye ait değil.',
    en: 'The device belongs to another customer.',
  },
  user_inactive: { tr: 'Kullanıcı pasif.', en: 'The user is inactive.' },
  order_finished: {
    tr: 'Kapanmış, iptal edilmiş veya birleştirilmiş iş emri düzenlenemez.',
    en: 'A closed, cancelled or merged work order cannot be edited.',
  },
  impact_required: {
    tr: 'Aciliyet ile birlikte etki de seçin.',
    en: 'Choose the impact together with the urgency.',
  },
  urgency_required: {
    tr: 'Etki ile birlikte aciliyet de seçin.',
    en: 'Choose the urgency together with the impact.',
  },
  end_before_start: { tr: 'Bitiş başlangıçtan önce olamaz.', en: 'The end cannot be before the start.' },
  status_in_use: {
    tr: 'Bu durum iş emirlerinde kullanılıyor; silmek yerine pasifleştirin.',
    en: 'This status is in use on work orders; retire it instead of removing it.',
  },
  category_cycle: {
    tr: 'Bir kategori kendi alt kategorisi olamaz.',
    en: 'A category cannot be its own subcategory.',
  },
  address_in_use: {
    tr: 'Kaldırılan adreslerden birinde hâlâ cihaz veya kayıt var.',
    en: 'A removed address still has a device or record at it.',
  },
  serial_number_taken: {
    tr: 'Bu markada bu seri numarasıyla bir cihaz zaten kayıtlı.',
    en: 'A device of this brand with this serial number is already registered.',
  },
  warranty_end_before_start: {
    tr: 'Garanti bitişi başlangıcından önce olamaz.',
    en: 'The warranty cannot end before it starts.',
  },
  duplicate_phone: { tr: 'Bu telefon listede zaten var.', en: 'This phone number is already in the list.' },
  duplicate_email: { tr: 'Bu e-posta listede zaten var.', en: 'This e-mail address is already in the list.' },
  several_default_addresses: {
    tr: 'Yalnızca bir adres varsayılan olabilir.',
    en: 'Only one address can be the default.',
  },
  invalid_postal_code: { tr: 'Posta kodu 5 haneli olmalı.', en: 'The postal code must have 5 digits.' },
  invalid_amount: {
    tr: 'Tutar en fazla iki ondalık haneli bir sayı olmalı (ör. 12500.50).',
    en: 'The amount must be a number with at most two decimals (e.g. 12500.50).',
  },
  invalid_date: { tr: 'Tarih YYYY-AA-GG biçiminde olmalı.', en: 'The date must be YYYY-MM-DD.' },
  overlapping_intervals: { tr: 'Çalışma aralıkları çakışıyor.', en: 'The working intervals overlap.' },
  empty_interval: {
    tr: 'Aralığın bitişi başlangıcından sonra olmalı.',
    en: 'The interval must end after it starts.',
  },
  no_working_time: { tr: 'Takvimde hiç çalışma saati yok.', en: 'The calendar has no working time.' },
  unknown_time_zone: { tr: 'Bilinmeyen saat dilimi.', en: 'Unknown time zone.' },
  invalid_time: { tr: 'Saat SS:DD biçiminde olmalı (ör. 08:30).', en: 'Time must be HH:MM (e.g. 08:30).' },
  invalid_datetime: {
    tr: 'Zaman ISO 8601 biçiminde ve saat dilimiyle olmalı.',
    en: 'Use an ISO 8601 time with an offset.',
  },
  duplicate_date: { tr: 'Bu tarih takvimde iki kez var.', en: 'This date appears twice.' },
  not_positive: { tr: 'Değer sıfırdan büyük olmalı.', en: 'The value must be greater than zero.' },
  invalid_colour: {
    tr: 'Renk #rrggbb biçiminde olmalı (ör. #1c4e80).',
    en: 'Use a #rrggbb colour (e.g. #1c4e80).',
  },
  invalid_logo: {
    tr: 'Logo bir PNG veya JPEG görseli (data URL) olmalı.',
    en: 'The logo must be a PNG or JPEG image (data URL).',
  },
  duplicate_section: {
    tr: 'Bir bölüm yalnızca bir kez seçilebilir.',
    en: 'Each section may appear only once.',
  },
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
  invalid: { tr: 'Geçersiz değer.', en: 'Invalid value.' },
};

export function errorMessage(code: ErrorCode, locale: Locale, params: MessageParams = {}): string {
  return interpolate(errors[code][locale], params);
}

export function errorTitle(code: ErrorCode, locale: Locale): string {
  return errors[code].title[locale];
}

export function fieldMessage(code: string, locale: Locale, params: MessageParams = {}): string {
  const entry = fieldMessages[code] ?? fieldMessages.invalid!;
  return interpolate(entry[locale], params);
}

function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
