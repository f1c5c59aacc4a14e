/**
 * A pragmatic e-mail check: what a person can type and a mail server will accept, not the whole
 * of RFC 5322 (quoted local parts and IP literals are refused on purpose; nobody types them into
 * a customer card and they usually mean a mistake).
 */
const emailPattern =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/iu;

/** Whether `value` is an address we accept (length limits of RFC 5321 included). */
export function isValidEmail(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at < 1 || at > 64) return false;
  return emailPattern.test(value);
}

/**
 * The stored form: trimmed and lower-cased. Plain `toLowerCase()`, not the Turkish one, because
 * addresses are ASCII and "INFO@FIRMA.COM" must become "info@...", not "ınfo@...".
 */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}
