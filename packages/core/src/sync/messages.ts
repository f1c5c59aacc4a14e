import type { SyncRejection } from './commands.ts';

interface Bilingual {
  tr: string;
  en: string;
}

/** What the phone shows for a rejected command: what happened and what to do. */
export const REJECTION_TEXTS: Readonly<Record<SyncRejection, { message: Bilingual; action: Bilingual }>> = {
  INVALID_COMMAND: {
    message: { tr: 'Kayıt okunamadı ya da eksik.', en: 'The change could not be read or is incomplete.' },
    action: {
      tr: 'Bilgiyi yeniden girin; sorun sürerse ofise bildirin.',
      en: 'Enter it again; if it keeps failing, tell the office.',
    },
  },
  ORDER_NOT_FOUND: {
    message: { tr: 'Bu iş emri bulunamadı.', en: 'This work order does not exist.' },
    action: {
      tr: 'Ofisi arayın; iş emri silinmiş ya da birleştirilmiş olabilir.',
      en: 'Call the office; it may have been removed or merged.',
    },
  },
  NOT_ASSIGNED: {
    message: { tr: 'Bu iş artık size atanmış değil.', en: 'This job is no longer assigned to you.' },
    action: {
      tr: 'Ofisle görüşün; kaydınız uygulanmadı.',
      en: 'Talk to the office; your change was not applied.',
    },
  },
  BASE_VERSION_AHEAD: {
    message: {
      tr: 'Telefondaki iş emri sunucudakinden yeni görünüyor.',
      en: 'The order on the phone claims a newer version than the server has.',
    },
    action: { tr: 'Verileri yenileyin ve tekrar deneyin.', en: 'Refresh the data and try again.' },
  },
  STATUS_NOT_ALLOWED: {
    message: {
      tr: 'Bu durum değişikliği iş emrinin şu anki durumunda yapılamaz.',
      en: 'This status change is not allowed in the order’s current status.',
    },
    action: {
      tr: 'Güncel durumu görmek için yenileyin; gerekirse ofisi arayın.',
      en: 'Refresh to see the current status; call the office if needed.',
    },
  },
  ORDER_FINISHED: {
    message: {
      tr: 'Ofis bu iş emrini siz çevrimdışıyken iptal etti ya da kapattı.',
      en: 'The office cancelled or closed this order while you were offline.',
    },
    action: {
      tr: 'İşe devam etmeden önce ofisi arayın.',
      en: 'Call the office before going on with the job.',
    },
  },
  ITEM_NOT_FOUND: {
    message: { tr: 'Malzeme kartı bulunamadı.', en: 'The part is not in the item list.' },
    action: {
      tr: 'Stok listesini yenileyip parçayı yeniden seçin.',
      en: 'Refresh the stock list and pick the part again.',
    },
  },
  SERIAL_REQUIRED: {
    message: {
      tr: 'Bu parça seri numarasıyla takip ediliyor.',
      en: 'This part is tracked by serial number.',
    },
    action: { tr: 'Seri numarasını girerek yeniden ekleyin.', en: 'Add it again with its serial number.' },
  },
  NO_VAN_WAREHOUSE: {
    message: { tr: 'Size tanımlı bir araç deposu yok.', en: 'No van warehouse is set up for you.' },
    action: {
      tr: 'Depo sorumlusundan araç deposu tanımlamasını isteyin.',
      en: 'Ask the warehouse to set up your van warehouse.',
    },
  },
  ATTACHMENT_NOT_FOUND: {
    message: {
      tr: 'Fotoğraf dosyası sunucuda yok ya da yüklemesi bitmedi.',
      en: 'The photo is not on the server or its upload is not finished.',
    },
    action: { tr: 'Çevrimiçiyken fotoğrafı yeniden yükleyin.', en: 'Upload the photo again while online.' },
  },
  TIME_ENTRY_NOT_FOUND: {
    message: {
      tr: 'Düzeltilmek istenen süre kaydı bulunamadı.',
      en: 'The time entry to correct was not found.',
    },
    action: { tr: 'Süreyi yeni bir kayıt olarak girin.', en: 'Enter the time as a new entry.' },
  },
  FORBIDDEN: {
    message: { tr: 'Bu işlem için yetkiniz yok.', en: 'You may not do this.' },
    action: { tr: 'Yöneticinizle görüşün.', en: 'Talk to your manager.' },
  },
  INTERNAL_ERROR: {
    message: {
      tr: 'Sunucuda beklenmeyen bir hata oluştu.',
      en: 'An unexpected error happened on the server.',
    },
    action: {
      tr: 'Kayıt kuyrukta kaldı; daha sonra yeniden denenecek.',
      en: 'The change stays queued and will be retried.',
    },
  },
};
