CREATE TABLE "work_order_status_counts" (
	"organization_id" uuid NOT NULL,
	"status" text NOT NULL,
	"phase" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "work_order_status_counts_organization_id_status_phase_pk" PRIMARY KEY("organization_id","status","phase")
);
--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "search_key" text GENERATED ALWAYS AS (usta_search_key("number" || ' ' || "complaint" || ' ' || "customer_name")) STORED;