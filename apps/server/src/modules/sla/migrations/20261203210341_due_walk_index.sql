DROP INDEX "work_order_sla_next_due_idx";--> statement-breakpoint
CREATE INDEX "work_order_sla_next_due_idx" ON "work_order_sla" USING btree ("organization_id","next_due_at","work_order_id");