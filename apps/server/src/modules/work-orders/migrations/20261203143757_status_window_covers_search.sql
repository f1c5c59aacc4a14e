-- The list's windowed search (list-page-sql.ts) walks a company's orders of one status, newest
-- first, and tests each one's search key (or number): with both carried in the index the walk
-- reads index pages only, and the table is read for the page's rows alone. Same name and key
-- columns as before (tables.ts), so the index still serves every status/created query.
DROP INDEX IF EXISTS "work_orders_status_created_idx";
--> statement-breakpoint
CREATE INDEX "work_orders_status_created_idx" ON "work_orders" USING btree ("organization_id","status","created_at","id") INCLUDE ("search_key","number");
