// The API as several processes on one port (node:cluster), as it would run behind a load
// balancer (DESIGN.md: the API is stateless). Used by run.ts when BENCH_WORKERS > 1.
//   BENCH_WORKERS=2 node --import tsx bench/work-orders/cluster-server.ts
import cluster from 'node:cluster';

const workers = Number(process.env.BENCH_WORKERS ?? 2);

if (cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  cluster.on('exit', () => {
    if (!stopping) process.exitCode = 1;
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
  });
  process.on('SIGTERM', () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
  });
} else {
  await import('../../apps/server/src/main.ts');
}
