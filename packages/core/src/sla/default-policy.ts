import type { EscalationRule, Priority, PriorityTargets, SlaPolicy } from './types.ts';

/** Issue 4 defaults: P1 15 min / 4 h, P2 1 h / 8 h, P3 4 h / 2 business days, P4 1 / 5 business days. */
export const DEFAULT_TARGETS: Readonly<Record<Priority, PriorityTargets>> = {
  P1: { firstResponse: { amount: 15, unit: 'minutes' }, resolution: { amount: 4, unit: 'hours' } },
  P2: { firstResponse: { amount: 1, unit: 'hours' }, resolution: { amount: 8, unit: 'hours' } },
  P3: { firstResponse: { amount: 4, unit: 'hours' }, resolution: { amount: 2, unit: 'businessDays' } },
  P4: { firstResponse: { amount: 1, unit: 'businessDays' }, resolution: { amount: 5, unit: 'businessDays' } },
};

/** 75 %: team lead; 90 %: manager; breach: escalate a level and reassign. */
export function createDefaultEscalationRules(): EscalationRule[] {
  const rules: EscalationRule[] = [];
  for (const metric of ['firstResponse', 'resolution'] as const) {
    rules.push(
      {
        id: `${metric}-75`,
        metric,
        atPercent: 75,
        actions: [{ type: 'notify', recipient: 'team-lead' }],
        waitForWorkingHours: true,
      },
      {
        id: `${metric}-90`,
        metric,
        atPercent: 90,
        actions: [{ type: 'notify', recipient: 'manager' }],
        waitForWorkingHours: true,
      },
      {
        id: `${metric}-breach`,
        metric,
        atPercent: 100,
        actions: [
          { type: 'notify', recipient: 'manager' },
          { type: 'raise-priority', levels: 1 },
          { type: 'reassign-team' },
        ],
        waitForWorkingHours: false,
      },
    );
  }
  return rules;
}

export interface DefaultPolicyOptions {
  /** Parts are usually the company's own delay, so by default the clock keeps running. */
  pauseWhileWaitingForParts?: boolean;
}

/**
 * The company-wide default policy. Phases follow the lifecycle in PRODUCT.md (kebab-case);
 * resolution is met when the work is done (final check) or the order is closed.
 */
export function createDefaultPolicy(options: DefaultPolicyOptions = {}): SlaPolicy {
  return {
    id: 'default',
    name: 'Varsayılan SLA',
    targets: structuredClone(DEFAULT_TARGETS),
    firstResponseMetBy: ['customer-reply', 'assignment'],
    resolvedPhases: ['final_check', 'closed'],
    clockByPhase: {
      waiting_customer: 'paused',
      waiting_parts: options.pauseWhileWaitingForParts ? 'paused' : 'running',
      final_check: 'stopped',
      closed: 'stopped',
      cancelled: 'stopped',
    },
    escalationRules: createDefaultEscalationRules(),
  };
}

/**
 * A customer contract's policy wins over the default: its targets replace the default's per
 * priority and metric, its other settings replace the default's when given.
 */
export function resolvePolicy(base: SlaPolicy, contract: Partial<SlaPolicy> | undefined): SlaPolicy {
  if (!contract) return base;
  const targets: Partial<Record<Priority, PriorityTargets>> = { ...base.targets };
  for (const [priority, override] of Object.entries(contract.targets ?? {}) as [
    Priority,
    PriorityTargets,
  ][]) {
    targets[priority] = { ...base.targets[priority], ...override };
  }
  return { ...base, ...contract, targets };
}
