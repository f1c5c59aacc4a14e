import type { EscalationRule as ApiRule, SlaPolicyResource } from '@usta/contracts/sla';
import {
  type ClockMode,
  type EscalationRule as CoreRule,
  createDefaultPolicy,
  type FirstResponseTrigger,
  type Priority,
  type PriorityTargets,
  type SlaPolicy,
} from '@usta/core/sla';

/** What `sla_policies.definition` holds: the API's policy body without name and flags. */
export interface StoredPolicyDefinition {
  targets: Record<Priority, Required<PriorityTargets>>;
  firstResponseMetBy: ('customer_reply' | 'assignment')[];
  resolvedPhases: string[];
  clockByPhase: Record<string, ClockMode>;
  clockByStatus: Record<string, ClockMode>;
  escalationRules: ApiRule[];
}

export interface PolicyRow {
  id: string;
  organizationId: string;
  name: string;
  description: string | null;
  calendarId: string | null;
  definition: StoredPolicyDefinition;
  isDefault: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const TRIGGERS: Record<'customer_reply' | 'assignment', FirstResponseTrigger> = {
  customer_reply: 'customer-reply',
  assignment: 'assignment',
};

/**
 * Seed 003 and issue 4: P1 15 min / 4 h … P4 1 / 5 business days; at 75 % notify the team lead,
 * at 90 % the manager (both wait for working hours), at the breach notify the manager and raise
 * the priority a level (at once). Reassigning needs a team, which a company adds per policy.
 */
export function defaultPolicyDefinition(): StoredPolicyDefinition {
  const core = createDefaultPolicy();
  const rules: ApiRule[] = [];
  const rule = (r: Partial<ApiRule> & Pick<ApiRule, 'id' | 'metric' | 'action'>): ApiRule => ({
    atPercent: null,
    atBreach: false,
    recipients: [],
    teamId: null,
    levels: 1,
    waitForWorkingHours: false,
    ...r,
  });
  for (const metric of ['firstResponse', 'resolution'] as const) {
    rules.push(
      rule({
        id: `${metric}-75`,
        metric,
        atPercent: 75,
        action: 'notify',
        recipients: ['team_lead'],
        waitForWorkingHours: true,
      }),
      rule({
        id: `${metric}-90`,
        metric,
        atPercent: 90,
        action: 'notify',
        recipients: ['manager'],
        waitForWorkingHours: true,
      }),
      rule({ id: `${metric}-breach`, metric, atBreach: true, action: 'notify', recipients: ['manager'] }),
      rule({ id: `${metric}-breach-raise`, metric, atBreach: true, action: 'raise_priority' }),
    );
  }
  return {
    targets: structuredClone(core.targets) as StoredPolicyDefinition['targets'],
    firstResponseMetBy: ['customer_reply', 'assignment'],
    resolvedPhases: [...core.resolvedPhases],
    clockByPhase: { ...core.clockByPhase } as Record<string, ClockMode>,
    clockByStatus: {},
    escalationRules: rules,
  };
}

/** The engine's policy; rule timing only (the effects are read from the stored rule). */
export function toCorePolicy(row: Pick<PolicyRow, 'id' | 'name' | 'definition'>): SlaPolicy {
  const d = row.definition;
  const rules: CoreRule[] = d.escalationRules.map((r) => ({
    id: r.id,
    metric: r.metric,
    atPercent: r.atBreach ? 100 : (r.atPercent ?? 100),
    actions: [],
    waitForWorkingHours: r.waitForWorkingHours,
  }));
  return {
    id: row.id,
    name: row.name,
    targets: d.targets,
    firstResponseMetBy: d.firstResponseMetBy.map((t) => TRIGGERS[t]),
    resolvedPhases: d.resolvedPhases,
    clockByPhase: d.clockByPhase,
    clockByStatus: d.clockByStatus,
    escalationRules: rules,
  };
}

export function toPolicyResource(row: PolicyRow): SlaPolicyResource {
  const d = row.definition;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    calendarId: row.calendarId,
    targets: d.targets,
    firstResponseMetBy: d.firstResponseMetBy,
    resolvedPhases: d.resolvedPhases as SlaPolicyResource['resolvedPhases'],
    clockByPhase: d.clockByPhase,
    clockByStatus: d.clockByStatus,
    escalationRules: d.escalationRules,
    isDefault: row.isDefault,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
