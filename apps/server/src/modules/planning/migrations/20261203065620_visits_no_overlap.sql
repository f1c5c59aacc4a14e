-- One technician cannot be in two places: active visits (not cancelled / no-show) of the same
-- technician never overlap in time. Enforced by the database, so concurrent inserts cannot race.
-- Deferrable so that applying a whole proposal (visits swapping times) is checked at commit.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_no_overlap" EXCLUDE USING gist (
  "organization_id" WITH =,
  "technician_id" WITH =,
  tstzrange("planned_start", "planned_end", '[)') WITH &&
) WHERE ("status" NOT IN ('cancelled', 'no_show')) DEFERRABLE INITIALLY IMMEDIATE;
