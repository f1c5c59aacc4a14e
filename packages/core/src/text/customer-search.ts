import { normalizeEmail, phoneSearchDigits } from '../identity/index.ts';
import { searchTerms } from './search-key.ts';

/**
 * One search box finds customers (and contacts) by name, phone, tax number or e-mail. This reads
 * what was typed into the parts the server matches separately, so that "0532 123 45" finds
 * `+905321234545` and "cagri" finds "Çağrı" without the server guessing.
 */
export interface CustomerSearch {
  /** Search keys every one of which must occur in the name key. */
  terms: string[];
  /** When the query is a number: digits for `phone LIKE '%…%'` (national, no leading 0 / 90). */
  phoneDigits: string | null;
  /** When the query is a number: digits for `tax_number LIKE '…%'`. */
  taxNumberPrefix: string | null;
  /** When the query looks like (part of) an e-mail: the lower-cased text for `email LIKE '%…%'`. */
  email: string | null;
}

/** Shorter digit runs match too much to be useful as a phone or tax number. */
const MIN_DIGITS = 3;

/** Splits a search box's text into the ways a customer can match it (any one is a match). */
export function parseCustomerSearch(query: string): CustomerSearch {
  const trimmed = query.trim();
  const looksNumeric = /^[\d\s()+./-]+$/u.test(trimmed);
  const digits = trimmed.replace(/\D/gu, '');
  const numeric = looksNumeric && digits.length >= MIN_DIGITS;
  return {
    terms: searchTerms(trimmed),
    phoneDigits: numeric ? phoneSearchDigits(trimmed) : null,
    taxNumberPrefix: numeric ? digits : null,
    email: trimmed.includes('@') ? normalizeEmail(trimmed) : null,
  };
}
