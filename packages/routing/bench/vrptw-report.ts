export interface InstanceResult {
  set: 'solomon' | 'homberger_200';
  limitSeconds: number;
  instance: string;
  family: string;
  feasible: boolean;
  errors: string[];
  vehicles: number;
  distance: number;
  bksVehicles: number | null;
  bksDistance: number | null;
  bksObjective: string | null;
  gapPercent: number | null;
  wallMs: number;
  iterations: number;
}

export interface GroupSummary {
  set: string;
  limitSeconds: number;
  group: string;
  instances: number;
  feasible: number;
  meanGap: number;
  medianGap: number;
  maxGap: number;
  meanWallMs: number;
  maxWallMs: number;
}

export function summarise(results: InstanceResult[]): GroupSummary[] {
  const groups = new Map<string, InstanceResult[]>();
  for (const result of results) {
    for (const group of [result.family, 'ALL']) {
      const key = `${result.set}|${result.limitSeconds}|${group}`;
      groups.set(key, [...(groups.get(key) ?? []), result]);
    }
  }
  return [...groups.entries()].map(([key, rows]) => {
    const [set, limit, group] = key.split('|') as [string, string, string];
    const gaps = rows.map((row) => row.gapPercent ?? Number.NaN).sort((a, b) => a - b);
    const walls = rows.map((row) => row.wallMs);
    return {
      set,
      limitSeconds: Number(limit),
      group,
      instances: rows.length,
      feasible: rows.filter((row) => row.feasible).length,
      meanGap: gaps.reduce((a, b) => a + b, 0) / gaps.length,
      medianGap: median(gaps),
      maxGap: Math.max(...gaps),
      meanWallMs: walls.reduce((a, b) => a + b, 0) / walls.length,
      maxWallMs: Math.max(...walls),
    };
  });
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function renderMarkdown(
  machine: Record<string, string | number>,
  summary: GroupSummary[],
  results: InstanceResult[],
): string {
  const lines = [
    '# VRPTW benchmark (usta-route)',
    '',
    `Machine: ${machine.cpu}, nproc ${machine.nproc}, Node ${machine.node}; seed ${machine.seed}; ${machine.date}; load average ${machine.loadAverage ?? 'n/a'}.`,
    'One Node process, one worker thread. Gap = (distance − best known) / best known, after the independent',
    'checker accepted the solution. Solomon gaps are against the `distance` objective rows of `bks.csv`;',
    'GH200 has only `hierarchical` rows (fewest vehicles first), so its gap compares distance with a',
    'solution that uses fewer vehicles (negative gaps are possible). Wall time includes parsing.',
    '',
    '| set | limit (s) | group | n | feasible | mean gap % | median gap % | max gap % | mean wall ms | max wall ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...summary.map(
      (row) =>
        `| ${row.set} | ${row.limitSeconds} | ${row.group} | ${row.instances} | ${row.feasible} | ${row.meanGap.toFixed(2)} | ${row.medianGap.toFixed(2)} | ${row.maxGap.toFixed(2)} | ${row.meanWallMs.toFixed(0)} | ${row.maxWallMs.toFixed(0)} |`,
    ),
  ];
  if (results.length > 0) {
    lines.push(
      '',
      '## Per instance',
      '',
      '| set | limit (s) | instance | feasible | vehicles | distance | BKS vehicles | BKS distance | gap % | wall ms |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const row of results) {
      lines.push(
        `| ${row.set} | ${row.limitSeconds} | ${row.instance} | ${row.feasible ? 'yes' : `NO: ${row.errors[0] ?? ''}`} | ${row.vehicles} | ${row.distance.toFixed(2)} | ${row.bksVehicles ?? ''} | ${row.bksDistance ?? ''} | ${row.gapPercent?.toFixed(2) ?? ''} | ${row.wallMs.toFixed(0)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
