CREATE TABLE "ola_targets" (
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" real NOT NULL,
	"unit" text NOT NULL,
	"calendar_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ola_targets_organization_id_kind_pk" PRIMARY KEY("organization_id","kind")
);
--> statement-breakpoint
CREATE TABLE "ola_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"used_ms" bigint,
	"target_ms" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ola_targets" ADD CONSTRAINT "ola_targets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ola_tasks" ADD CONSTRAINT "ola_tasks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ola_tasks_open_key" ON "ola_tasks" USING btree ("organization_id","work_order_id","kind") WHERE "ola_tasks"."completed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "ola_tasks_open_due_idx" ON "ola_tasks" USING btree ("organization_id","kind","due_at") WHERE "ola_tasks"."completed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "ola_tasks_order_idx" ON "ola_tasks" USING btree ("organization_id","work_order_id");