import type { Catalogue } from '../../http/messages.ts';

/** The customers module's field-level texts, keyed by issue code, merged in http/messages.ts. */
export const fieldTexts = {
  invalid_vkn: { tr: 'Vergi kimlik numarası geçersiz.', en: 'Invalid tax number (VKN).' },
  invalid_tckn: { tr: 'T.C. kimlik numarası geçersiz.', en: 'Invalid Turkish identity number (TCKN).' },
  invalid_tax_number: { tr: 'Vergi/T.C. kimlik numarası geçersiz.', en: 'Invalid tax or identity number.' },
  invalid_phone: { tr: 'Telefon numarası geçersiz.', en: 'Invalid phone number.' },
  address_in_use: {
    tr: 'Kaldırılan adreslerden birinde hâlâ cihaz veya kayıt var.',
    en: 'A removed address still has a device or record at it.',
  },
  duplicate_phone: { tr: 'Bu telefon listede zaten var.', en: 'This phone number is already in the list.' },
  duplicate_email: { tr: 'Bu e-posta listede zaten var.', en: 'This e-mail address is already in the list.' },
  several_default_addresses: {
    tr: 'Yalnızca bir adres varsayılan olabilir.',
    en: 'Only one address can be the default.',
  },
  invalid_postal_code: { tr: 'Posta kodu 5 haneli olmalı.', en: 'The postal code must have 5 digits.' },
} satisfies Record<string, Catalogue>;
