/**
 * Exact optimum of a tiny Solomon-convention instance by enumeration: every ordering of every
 * subset gives the best single route of that subset, then a subset DP splits customers among at
 * most `fleet` vehicles. Only for tests (a handful of customers).
 */
export interface TinyNode {
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
}

export function bruteForceOptimum(nodes: TinyNode[], fleet: number, capacity: number): number {
  const depot = nodes[0]!;
  const customers = nodes.length - 1;
  const full = (1 << customers) - 1;
  const dist = (a: TinyNode, b: TinyNode) => Math.hypot(a.x - b.x, a.y - b.y);
  const routeCost = new Float64Array(full + 1).fill(Number.POSITIVE_INFINITY);
  routeCost[0] = 0;
  const permute = (order: number[], used: number, time: number, load: number, cost: number, at: TinyNode) => {
    if (used !== 0) {
      const back = time + dist(at, depot);
      if (back <= depot.due + 1e-9) routeCost[used] = Math.min(routeCost[used]!, cost + dist(at, depot));
    }
    for (let c = 0; c < customers; c++) {
      if (used & (1 << c)) continue;
      const node = nodes[c + 1]!;
      const start = Math.max(time + dist(at, node), node.ready);
      if (start > node.due + 1e-9 || load + node.demand > capacity) continue;
      order.push(c);
      permute(order, used | (1 << c), start + node.service, load + node.demand, cost + dist(at, node), node);
      order.pop();
    }
  };
  permute([], 0, depot.ready, 0, 0, depot);
  // best[k][mask]: mask served by at most k vehicles.
  let best = Float64Array.from(routeCost);
  for (let k = 2; k <= fleet; k++) {
    const next = Float64Array.from(best);
    for (let mask = 1; mask <= full; mask++) {
      const low = mask & -mask;
      for (let sub = mask; sub > 0; sub = (sub - 1) & mask) {
        if (!(sub & low)) continue;
        const value = routeCost[sub]! + best[mask ^ sub]!;
        if (value < next[mask]!) next[mask] = value;
      }
    }
    best = next;
  }
  return best[full]!;
}
