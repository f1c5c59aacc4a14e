CREATE TABLE "devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"address_id" uuid,
	"brand" text NOT NULL,
	"brand_key" text NOT NULL,
	"model" text NOT NULL,
	"device_type" text NOT NULL,
	"serial_number" text,
	"serial_key" text,
	"lot" text,
	"price" numeric(14, 2),
	"currency" text DEFAULT 'TRY' NOT NULL,
	"purchase_date" date,
	"seller" text,
	"warranty_start" date,
	"warranty_end" date,
	"status" text DEFAULT 'active' NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_address_id_customer_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."customer_addresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "devices_serial_key" ON "devices" USING btree ("organization_id","brand_key","serial_key") WHERE "devices"."serial_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "devices_serial_idx" ON "devices" USING btree ("organization_id","serial_key");--> statement-breakpoint
CREATE INDEX "devices_customer_idx" ON "devices" USING btree ("organization_id","customer_id");--> statement-breakpoint
CREATE INDEX "devices_status_idx" ON "devices" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "devices_warranty_end_idx" ON "devices" USING btree ("organization_id","warranty_end");--> statement-breakpoint
CREATE INDEX "devices_created_idx" ON "devices" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "devices_address_idx" ON "devices" USING btree ("address_id");