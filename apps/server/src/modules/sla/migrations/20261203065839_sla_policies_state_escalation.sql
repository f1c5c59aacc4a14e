CREATE TABLE "sla_breach_root_causes" (
	"work_order_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_capas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_customer_policies" (
	"organization_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_customer_policies_organization_id_customer_id_pk" PRIMARY KEY("organization_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "sla_escalation_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"cycle" integer DEFAULT 0 NOT NULL,
	"metric" text NOT NULL,
	"action" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"outcome" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"calendar_id" uuid,
	"definition" jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_order_sla" (
	"work_order_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"customer_id" uuid,
	"policy_id" uuid NOT NULL,
	"calendar_id" uuid,
	"priority" text NOT NULL,
	"cycle" integer DEFAULT 0 NOT NULL,
	"response_due_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone,
	"next_due_at" timestamp with time zone,
	"state" text NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"warned" boolean DEFAULT false NOT NULL,
	"breached" boolean DEFAULT false NOT NULL,
	"resolved" boolean DEFAULT false NOT NULL,
	"percent_used" real DEFAULT 0 NOT NULL,
	"business_ms_used" bigint DEFAULT 0 NOT NULL,
	"next_check_at" timestamp with time zone,
	"stale" boolean DEFAULT false NOT NULL,
	"closed_outcome" text,
	"outcome_frozen_at" timestamp with time zone,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_order_watchers" (
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rule_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_order_watchers_work_order_id_user_id_pk" PRIMARY KEY("work_order_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "sla_breach_root_causes" ADD CONSTRAINT "sla_breach_root_causes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_capas" ADD CONSTRAINT "sla_capas_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_customer_policies" ADD CONSTRAINT "sla_customer_policies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_customer_policies" ADD CONSTRAINT "sla_customer_policies_policy_id_sla_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."sla_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_escalation_steps" ADD CONSTRAINT "sla_escalation_steps_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_sla" ADD CONSTRAINT "work_order_sla_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_watchers" ADD CONSTRAINT "work_order_watchers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sla_capas_order_idx" ON "sla_capas" USING btree ("organization_id","work_order_id");--> statement-breakpoint
CREATE INDEX "sla_capas_status_idx" ON "sla_capas" USING btree ("organization_id","status","due_date");--> statement-breakpoint
CREATE INDEX "sla_customer_policies_policy_idx" ON "sla_customer_policies" USING btree ("policy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sla_escalation_steps_once" ON "sla_escalation_steps" USING btree ("work_order_id","rule_id","cycle");--> statement-breakpoint
CREATE INDEX "sla_escalation_steps_due_idx" ON "sla_escalation_steps" USING btree ("due_at") WHERE "sla_escalation_steps"."done_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_one_default" ON "sla_policies" USING btree ("organization_id") WHERE "sla_policies"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_name_key" ON "sla_policies" USING btree ("organization_id","name");--> statement-breakpoint
CREATE INDEX "work_order_sla_next_due_idx" ON "work_order_sla" USING btree ("organization_id","next_due_at");--> statement-breakpoint
CREATE INDEX "work_order_sla_policy_idx" ON "work_order_sla" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "work_order_sla_customer_idx" ON "work_order_sla" USING btree ("organization_id","customer_id");--> statement-breakpoint
CREATE INDEX "work_order_sla_stale_idx" ON "work_order_sla" USING btree ("stale") WHERE "work_order_sla"."stale";--> statement-breakpoint
CREATE INDEX "work_order_watchers_org_idx" ON "work_order_watchers" USING btree ("organization_id");