-- Turkish-aware free-text search over number and complaint. usta_search_key is also created by
-- the customers module (same definition, CREATE OR REPLACE), whichever migration runs first.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usta_search_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN translate(lower(normalize($1, NFC) COLLATE "tr-TR-x-icu"), 'çğıöşüâîû', 'cgiosuaiu');
--> statement-breakpoint
CREATE INDEX "work_orders_search_idx" ON "work_orders"
  USING gin (usta_search_key("number" || ' ' || "complaint") gin_trgm_ops);
--> statement-breakpoint
-- Activities are history: a status change, a note or a time entry is never rewritten.
CREATE FUNCTION work_order_activities_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'work_order_activities is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER work_order_activities_append_only
  BEFORE UPDATE OR DELETE ON "work_order_activities"
  FOR EACH ROW EXECUTE FUNCTION work_order_activities_append_only();
