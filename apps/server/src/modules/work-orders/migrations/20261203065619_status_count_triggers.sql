-- The free-text index moves from the expression to the stored search_key column (number,
-- complaint and customer name): the list's filter reads the column instead of normalising each
-- scanned row.
DROP INDEX IF EXISTS "work_orders_search_idx";
--> statement-breakpoint
CREATE INDEX "work_orders_search_idx" ON "work_orders" USING gin ("search_key" gin_trgm_ops);
--> statement-breakpoint
-- Tab counts kept in the writing transaction: one statement-level trigger per event, reading
-- the statement's transition tables, so a bulk insert costs one aggregate and a one-row edit
-- that leaves the status alone writes nothing. Rows are upserted in key order, so two
-- transactions moving orders between the same statuses lock the count rows in the same order
-- (no deadlock).
CREATE FUNCTION work_order_status_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO work_order_status_counts AS c (organization_id, status, phase, n)
    SELECT organization_id, status, phase, count(*) FROM new_rows
    GROUP BY organization_id, status, phase ORDER BY organization_id, status, phase
    ON CONFLICT (organization_id, status, phase) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO work_order_status_counts AS c (organization_id, status, phase, n)
    SELECT organization_id, status, phase, sum(delta) FROM (
      SELECT organization_id, status, phase, 1 AS delta FROM new_rows
      UNION ALL
      SELECT organization_id, status, phase, -1 AS delta FROM old_rows
    ) d
    GROUP BY organization_id, status, phase HAVING sum(delta) <> 0
    ORDER BY organization_id, status, phase
    ON CONFLICT (organization_id, status, phase) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO work_order_status_counts AS c (organization_id, status, phase, n)
    SELECT organization_id, status, phase, -count(*) FROM old_rows
    GROUP BY organization_id, status, phase ORDER BY organization_id, status, phase
    ON CONFLICT (organization_id, status, phase) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSE
    DELETE FROM work_order_status_counts;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER work_order_status_counts_insert AFTER INSERT ON "work_orders"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION work_order_status_counts_apply();
--> statement-breakpoint
CREATE TRIGGER work_order_status_counts_update AFTER UPDATE ON "work_orders"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION work_order_status_counts_apply();
--> statement-breakpoint
CREATE TRIGGER work_order_status_counts_delete AFTER DELETE ON "work_orders"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION work_order_status_counts_apply();
--> statement-breakpoint
CREATE TRIGGER work_order_status_counts_truncate AFTER TRUNCATE ON "work_orders"
  FOR EACH STATEMENT EXECUTE FUNCTION work_order_status_counts_apply();
--> statement-breakpoint
INSERT INTO work_order_status_counts (organization_id, status, phase, n)
SELECT organization_id, status, phase, count(*) FROM "work_orders" GROUP BY organization_id, status, phase;
