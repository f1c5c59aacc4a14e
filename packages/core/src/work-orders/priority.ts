/**
 * Priority from impact × urgency (seed 003: "kategori, etki ve aciliyet bazlı otomatik öncelik").
 * The company may edit the matrix; the SLA targets then follow the priority.
 */
export const LEVELS = ['high', 'medium', 'low'] as const;
export type Impact = (typeof LEVELS)[number];
export type Urgency = (typeof LEVELS)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type PriorityMatrix = Readonly<Record<Impact, Readonly<Record<Urgency, Priority>>>>;

/**
 * The usual ITIL-style default: P1 only when both are high, P4 when both lean low.
 * Seed 003: P1 "genel kesinti / kritik etki", P2 "yüksek etki, alternatif var",
 * P3 "orta etki", P4 "düşük etki / istek".
 */
export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  high: { high: 'P1', medium: 'P2', low: 'P3' },
  medium: { high: 'P2', medium: 'P3', low: 'P4' },
  low: { high: 'P3', medium: 'P4', low: 'P4' },
};

/** The priority the matrix gives an impact and urgency. */
export function priorityFor(
  impact: Impact,
  urgency: Urgency,
  matrix: PriorityMatrix = DEFAULT_PRIORITY_MATRIX,
): Priority {
  return matrix[impact][urgency];
}

/** Lower rank is more urgent; for sorting queues (P1 first). */
export function priorityRank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}

/** When an order has neither a manual priority nor impact and urgency. */
export const FALLBACK_PRIORITY: Priority = 'P3';

export interface PriorityInput {
  impact?: Impact | null;
  urgency?: Urgency | null;
  /** Set by hand on the form; wins over the matrix. */
  override?: Priority | null;
}

/** The order's priority: the manual one, else the matrix's, else P3. */
export function resolvePriority(
  input: PriorityInput,
  matrix: PriorityMatrix = DEFAULT_PRIORITY_MATRIX,
): Priority {
  if (input.override) return input.override;
  if (input.impact && input.urgency) return priorityFor(input.impact, input.urgency, matrix);
  return FALLBACK_PRIORITY;
}
