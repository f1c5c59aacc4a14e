-- Indexes drizzle-kit cannot express: Turkish-collated orders for keyset pages, and pg_trgm
-- GIN indexes for the search box (`usta_search_key(name) LIKE '%term%'`, phone digits, e-mail).
CREATE INDEX "customers_name_order_idx" ON "customers" ("organization_id", "name" COLLATE "tr-TR-x-icu", "id");
--> statement-breakpoint
CREATE INDEX "customers_created_order_idx" ON "customers" ("organization_id", "created_at", "id");
--> statement-breakpoint
CREATE INDEX "customers_updated_order_idx" ON "customers" ("organization_id", "updated_at", "id");
--> statement-breakpoint
CREATE INDEX "customers_name_trgm_idx" ON "customers" USING gin (usta_search_key("name") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "customers_phone_trgm_idx" ON "customers" USING gin ("phone_digits" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "customers_email_trgm_idx" ON "customers" USING gin ("email_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "customers_tax_number_idx" ON "customers" ("organization_id", "tax_number" text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "customers_tags_idx" ON "customers" USING gin ("tags");
--> statement-breakpoint
CREATE INDEX "contacts_name_order_idx" ON "contacts" ("organization_id", "name" COLLATE "tr-TR-x-icu", "id");
--> statement-breakpoint
CREATE INDEX "contacts_created_order_idx" ON "contacts" ("organization_id", "created_at", "id");
--> statement-breakpoint
CREATE INDEX "contacts_name_trgm_idx" ON "contacts" USING gin (usta_search_key("name") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "contacts_phone_trgm_idx" ON "contacts" USING gin ("phone" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "contacts_email_trgm_idx" ON "contacts" USING gin ("email" gin_trgm_ops);
