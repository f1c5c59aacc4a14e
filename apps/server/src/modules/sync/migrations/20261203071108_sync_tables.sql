CREATE TABLE "sync_confirmation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"command_id" uuid NOT NULL,
	"token" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_field_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"command_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"field" text NOT NULL,
	"yours" text,
	"theirs" text,
	"winner" text NOT NULL,
	"office_changed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_field_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"command_id" uuid NOT NULL,
	"step" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"location" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_field_writes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"field" text NOT NULL,
	"command_id" uuid NOT NULL,
	"value" text,
	"changed_at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL,
	"activity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_processed_commands" (
	"organization_id" uuid NOT NULL,
	"command_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"device_id" text NOT NULL,
	"work_order_id" uuid,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sync_processed_commands_organization_id_command_id_pk" PRIMARY KEY("organization_id","command_id")
);
--> statement-breakpoint
CREATE TABLE "sync_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"command_id" uuid NOT NULL,
	"signer_name" text NOT NULL,
	"attachment_id" uuid NOT NULL,
	"approval_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_time_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"command_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"source" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"minutes" integer NOT NULL,
	"corrects_command_id" uuid,
	"activity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sync_confirmation_requests" ADD CONSTRAINT "sync_confirmation_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_field_conflicts" ADD CONSTRAINT "sync_field_conflicts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_field_events" ADD CONSTRAINT "sync_field_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_field_writes" ADD CONSTRAINT "sync_field_writes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_processed_commands" ADD CONSTRAINT "sync_processed_commands_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_signatures" ADD CONSTRAINT "sync_signatures_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_time_entries" ADD CONSTRAINT "sync_time_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sync_confirmation_requests_token_key" ON "sync_confirmation_requests" USING btree ("token");--> statement-breakpoint
CREATE INDEX "sync_field_conflicts_order_idx" ON "sync_field_conflicts" USING btree ("organization_id","work_order_id");--> statement-breakpoint
CREATE INDEX "sync_field_events_order_idx" ON "sync_field_events" USING btree ("organization_id","work_order_id","occurred_at");--> statement-breakpoint
CREATE INDEX "sync_field_writes_order_idx" ON "sync_field_writes" USING btree ("organization_id","work_order_id","field","created_at");--> statement-breakpoint
CREATE INDEX "sync_processed_commands_created_idx" ON "sync_processed_commands" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sync_time_entries_command_key" ON "sync_time_entries" USING btree ("organization_id","command_id");--> statement-breakpoint
CREATE INDEX "sync_time_entries_order_idx" ON "sync_time_entries" USING btree ("organization_id","work_order_id");