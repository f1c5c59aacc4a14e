-- The customer list's province filter (Turkish-aware: "istanbul" is "İSTANBUL").
CREATE INDEX "customer_addresses_province_idx" ON "customer_addresses" ("organization_id", usta_search_key("province"));
