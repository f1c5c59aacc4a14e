export { isValidEmail, normalizeEmail } from './email.ts';
export { normalizeTurkishPhone, type PhoneOptions, phoneSearchDigits } from './phone.ts';
export {
  cleanTaxNumber,
  detectTaxNumberKind,
  E_ARSIV_PLACEHOLDER_TCKN,
  findTaxNumberError,
  isValidTckn,
  isValidVkn,
  type TaxNumberError,
  type TaxNumberKind,
  type TcknOptions,
} from './tax-number.ts';
