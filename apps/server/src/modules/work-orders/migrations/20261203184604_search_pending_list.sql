-- The trigram index takes new orders into its pending list (fastupdate) and the insert that
-- fills the list past gin_pending_list_limit merges it into the index while its caller waits.
-- At the default 4 MB the slowest create of a 15 s run at 32 connections took 260–330 ms
-- (that merge); at 256 kB the merges are sixteen times smaller and the slowest create took
-- 93–108 ms at the same throughput (bench/results/work-orders.md, fifth round).
ALTER INDEX "work_orders_search_idx" SET (gin_pending_list_limit = 256);
