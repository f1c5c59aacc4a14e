-- Indexes drizzle-kit cannot express: the search box over brand, model, type and serial
-- (usta_search_key with pg_trgm; the function comes from the customers module's first
-- migration), the model filter, and the Turkish-collated brand order for keyset pages.
CREATE INDEX "devices_search_trgm_idx" ON "devices" USING gin (
  usta_search_key("brand" || ' ' || "model" || ' ' || "device_type" || ' ' || coalesce("serial_number", '')) gin_trgm_ops
);
--> statement-breakpoint
CREATE INDEX "devices_model_idx" ON "devices" ("organization_id", usta_search_key("model"));
--> statement-breakpoint
CREATE INDEX "devices_brand_order_idx" ON "devices" ("organization_id", "brand" COLLATE "tr-TR-x-icu", "id");
