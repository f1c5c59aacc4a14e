-- Turkish-aware search keys for every module's search indexes: usta_search_key(x) equals
-- searchKey(x) of @usta/core/text (SEARCH_KEY_FUNCTION_SQL; a test checks they agree).
-- pg_trgm makes `usta_search_key(col) LIKE '%term%'` an index scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usta_search_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN translate(lower(normalize($1, NFC) COLLATE "tr-TR-x-icu"), 'çğıöşüâîû', 'cgiosuaiu');
