import type {
  CreateSlaPolicyBody,
  EscalationRuleBody,
  SlaPolicyResource,
  UpdateSlaPolicyBody,
} from '@usta/contracts/sla';
import { PHASES } from '@usta/core/work-orders';

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const METRICS = ['firstResponse', 'resolution'] as const;
export const UNITS = ['minutes', 'hours', 'businessDays'] as const;
export const CLOCK_MODES = ['running', 'paused', 'stopped'] as const;
export const ACTIONS = ['notify', 'raise_priority', 'reassign_team', 'add_watcher'] as const;
export const TRIGGERS = ['customer_reply', 'assignment'] as const;

export type Priority = (typeof PRIORITIES)[number];
export type Metric = (typeof METRICS)[number];
export type Unit = (typeof UNITS)[number];
export type ClockMode = (typeof CLOCK_MODES)[number];
export type Action = (typeof ACTIONS)[number];

/** A number input holds '' while empty; the server answers for it (one rule book, at the field). */
export interface TargetValue {
  amount: number | string;
  unit: Unit;
}

export interface RuleValues {
  /** React key of the row; the rule's own `id` is kept separately so edits keep its history. */
  key: string;
  id?: string;
  metric: Metric;
  when: 'percent' | 'breach';
  atPercent: number | string;
  action: Action;
  recipients: string[];
  teamId: string | null;
  levels: number | string;
  waitForWorkingHours: boolean;
}

export interface PolicyFormValues {
  name: string;
  description: string;
  /** 'default': the company's default calendar (sent as null). */
  calendarId: string;
  isDefault: boolean;
  targets: Record<Priority, Record<Metric, TargetValue>>;
  firstResponseMetBy: string[];
  resolvedPhases: string[];
  clockByPhase: Record<string, ClockMode>;
  /** 'phase': the status follows its phase (not sent). */
  clockByStatus: Record<string, ClockMode | 'phase'>;
  escalationRules: RuleValues[];
}

/**
 * Issue 4 defaults (seed 003), as in `@usta/core/sla` (not imported: the engine's module pulls
 * the holiday tables into the bundle).
 */
const DEFAULT_TARGETS: Record<Priority, Record<Metric, TargetValue>> = {
  P1: { firstResponse: { amount: 15, unit: 'minutes' }, resolution: { amount: 4, unit: 'hours' } },
  P2: { firstResponse: { amount: 1, unit: 'hours' }, resolution: { amount: 8, unit: 'hours' } },
  P3: { firstResponse: { amount: 4, unit: 'hours' }, resolution: { amount: 2, unit: 'businessDays' } },
  P4: { firstResponse: { amount: 1, unit: 'businessDays' }, resolution: { amount: 5, unit: 'businessDays' } },
};

export const DEFAULT_CALENDAR = 'default';

let keySeed = 0;
export const newKey = () => `rule-${Date.now().toString(36)}-${(keySeed++).toString(36)}`;

export function newRule(metric: Metric = 'resolution'): RuleValues {
  return {
    key: newKey(),
    metric,
    when: 'percent',
    atPercent: 75,
    action: 'notify',
    recipients: ['team_lead'],
    teamId: null,
    levels: 1,
    waitForWorkingHours: true,
  };
}

/** Every phase gets an explicit mode on the form; the engine runs the clock where none is set. */
function phaseModes(stored: Record<string, ClockMode>): Record<string, ClockMode> {
  return Object.fromEntries(PHASES.map((phase) => [phase, stored[phase] ?? 'running']));
}

const DEFAULT_CLOCK: Record<string, ClockMode> = {
  waiting_customer: 'paused',
  final_check: 'stopped',
  closed: 'stopped',
  cancelled: 'stopped',
};

/** The form of a stored policy; without one, the defaults (seed 003) and rules. */
export function toFormValues(policy: SlaPolicyResource | null, asCopy = false): PolicyFormValues {
  if (!policy) {
    return {
      name: '',
      description: '',
      calendarId: DEFAULT_CALENDAR,
      isDefault: false,
      targets: Object.fromEntries(
        PRIORITIES.map((p) => [
          p,
          {
            firstResponse: { ...DEFAULT_TARGETS[p].firstResponse },
            resolution: { ...DEFAULT_TARGETS[p].resolution },
          },
        ]),
      ) as PolicyFormValues['targets'],
      firstResponseMetBy: ['customer_reply', 'assignment'],
      resolvedPhases: ['final_check', 'closed'],
      clockByPhase: phaseModes(DEFAULT_CLOCK),
      clockByStatus: {},
      escalationRules: [
        newRule('resolution'),
        { ...newRule('resolution'), atPercent: 90, recipients: ['manager'] },
        {
          ...newRule('resolution'),
          when: 'breach',
          atPercent: '',
          recipients: ['manager'],
          waitForWorkingHours: false,
        },
        {
          ...newRule('resolution'),
          when: 'breach',
          atPercent: '',
          action: 'raise_priority',
          recipients: [],
          waitForWorkingHours: false,
        },
      ],
    };
  }
  return {
    name: asCopy ? '' : policy.name,
    description: policy.description ?? '',
    calendarId: policy.calendarId ?? DEFAULT_CALENDAR,
    isDefault: asCopy ? false : policy.isDefault,
    targets: Object.fromEntries(
      PRIORITIES.map((p) => [
        p,
        {
          firstResponse: { ...policy.targets[p].firstResponse },
          resolution: { ...policy.targets[p].resolution },
        },
      ]),
    ) as PolicyFormValues['targets'],
    firstResponseMetBy: [...policy.firstResponseMetBy],
    resolvedPhases: [...policy.resolvedPhases],
    clockByPhase: phaseModes(policy.clockByPhase as Record<string, ClockMode>),
    clockByStatus: { ...(policy.clockByStatus as Record<string, ClockMode>) },
    escalationRules: policy.escalationRules.map((rule) => ({
      key: newKey(),
      ...(asCopy ? {} : { id: rule.id }),
      metric: rule.metric,
      when: rule.atBreach ? 'breach' : 'percent',
      atPercent: rule.atPercent ?? '',
      action: rule.action,
      recipients: [...rule.recipients],
      teamId: rule.teamId,
      levels: rule.levels,
      waitForWorkingHours: rule.waitForWorkingHours,
    })),
  };
}

/** '' and other non-numbers go as 0, so the server refuses them at the field like any bad number. */
const num = (value: number | string): number => {
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(n) && String(value).trim() !== '' ? n : 0;
};

const RULE_ID = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,59}$/u;

function toRuleBody(rule: RuleValues): EscalationRuleBody {
  return {
    // The id keeps the rule's fired history; one the body schema would refuse (older stored
    // defaults are camelCase) is left out and the server issues a fresh one.
    ...(rule.id && RULE_ID.test(rule.id) ? { id: rule.id } : {}),
    metric: rule.metric,
    atPercent: rule.when === 'percent' ? num(rule.atPercent) : null,
    atBreach: rule.when === 'breach',
    action: rule.action,
    recipients: rule.action === 'notify' || rule.action === 'add_watcher' ? rule.recipients : [],
    teamId: rule.action === 'reassign_team' ? rule.teamId : null,
    levels: rule.action === 'raise_priority' ? num(rule.levels) : 1,
    waitForWorkingHours: rule.waitForWorkingHours,
  } as EscalationRuleBody;
}

type PolicyFields = Omit<CreateSlaPolicyBody, 'isDefault'>;

export function toPolicyFields(values: PolicyFormValues): PolicyFields {
  return {
    name: values.name.trim(),
    description: values.description.trim() === '' ? null : values.description.trim(),
    calendarId: values.calendarId === DEFAULT_CALENDAR ? null : values.calendarId,
    targets: Object.fromEntries(
      PRIORITIES.map((p) => [
        p,
        Object.fromEntries(
          METRICS.map((m) => [
            m,
            { amount: num(values.targets[p][m].amount), unit: values.targets[p][m].unit },
          ]),
        ),
      ]),
    ) as PolicyFields['targets'],
    firstResponseMetBy: values.firstResponseMetBy as PolicyFields['firstResponseMetBy'],
    resolvedPhases: values.resolvedPhases as PolicyFields['resolvedPhases'],
    // Only what differs from "running" is stored; the engine runs the clock elsewhere.
    clockByPhase: Object.fromEntries(
      Object.entries(values.clockByPhase).filter(([, mode]) => mode !== 'running'),
    ),
    clockByStatus: Object.fromEntries(
      Object.entries(values.clockByStatus).filter(
        (entry): entry is [string, ClockMode] => entry[1] !== 'phase',
      ),
    ),
    escalationRules: values.escalationRules.map(toRuleBody),
  };
}

export function toCreateBody(values: PolicyFormValues): CreateSlaPolicyBody {
  return { ...toPolicyFields(values), isDefault: values.isDefault };
}

export function toUpdateBody(values: PolicyFormValues, base: SlaPolicyResource): UpdateSlaPolicyBody {
  return {
    ...toPolicyFields(values),
    // The server only accepts `true`: a default is replaced by making another one default.
    ...(values.isDefault && !base.isDefault ? { isDefault: true as const } : {}),
    version: base.version,
  };
}

/**
 * The server's field errors (already in the user's language) by form path; the form's paths are
 * the body's, except a rule's `atBreach`, which sits on the same control as `atPercent`.
 */
export function placePolicyErrors(errors: readonly { path: string; message: string }[]): {
  fields: Record<string, string>;
  unplaced: string[];
} {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { path, message } of errors) {
    const field = formPathOf(path);
    if (field) fields[field] ??= message;
    else if (!unplaced.includes(message)) unplaced.push(message);
  }
  return { fields, unplaced };
}

const PLACED = [
  /^name$/,
  /^description$/,
  /^calendarId$/,
  /^targets\.P[1-4]\.(firstResponse|resolution)\.(amount|unit)$/,
  /^firstResponseMetBy$/,
  /^resolvedPhases$/,
  /^clockByPhase\.[a-z_]+$/,
  /^clockByStatus\.[a-z0-9_]+$/,
  /^escalationRules\.\d+\.(metric|atPercent|action|recipients|teamId|levels)$/,
];

export function formPathOf(path: string): string | null {
  let p = path.replace(/^escalationRules\.(\d+)\.atBreach$/, 'escalationRules.$1.atPercent');
  // A whole target or priority refused (e.g. missing): shown on its amount.
  if (/^targets\.P[1-4]\.(firstResponse|resolution)$/.test(p)) p = `${p}.amount`;
  p = p.replace(/^(firstResponseMetBy|resolvedPhases)\.\d+$/, '$1');
  p = p.replace(/^(escalationRules\.\d+\.recipients)\.\d+$/, '$1');
  if (PLACED.some((re) => re.test(p))) return p;
  // Anything else about one rule (its id, the rule as a whole) stands on that rule's row.
  const rule = /^escalationRules\.\d+/.exec(p);
  return rule ? rule[0] : null;
}
