import {
  ValidationError,
  type ValidationIssue,
  type ValidationResult,
} from '../calendar/validation-error.ts';
import { PRIORITIES, type SlaPolicy, type SlaTarget } from './types.ts';

const UNITS = new Set(['minutes', 'hours', 'businessDays']);
const CLOCK_MODES = new Set(['running', 'paused', 'stopped']);
const TRIGGERS = new Set(['customer-reply', 'assignment']);

function checkTarget(target: SlaTarget, path: (string | number)[], issues: ValidationIssue[]): void {
  if (!UNITS.has(target?.unit)) {
    issues.push({
      path: [...path, 'unit'],
      code: 'invalid-value',
      message: 'expected minutes, hours or businessDays',
    });
  }
  if (!Number.isFinite(target?.amount) || target.amount <= 0) {
    issues.push({
      path: [...path, 'amount'],
      code: 'not-positive',
      message: 'a target must be greater than 0',
    });
  } else if (target.unit === 'businessDays' && !Number.isInteger(target.amount)) {
    issues.push({ path: [...path, 'amount'], code: 'invalid-value', message: 'business days must be whole' });
  }
}

function checkClockMap(
  map: Readonly<Record<string, string>> | undefined,
  key: string,
  issues: ValidationIssue[],
) {
  for (const [name, mode] of Object.entries(map ?? {})) {
    if (!CLOCK_MODES.has(mode)) {
      issues.push({
        path: [key, name],
        code: 'invalid-value',
        message: 'expected running, paused or stopped',
      });
    }
  }
}

export function validatePolicy(policy: SlaPolicy): ValidationResult<SlaPolicy> {
  const issues: ValidationIssue[] = [];
  for (const priority of PRIORITIES) {
    const targets = policy?.targets?.[priority];
    if (targets?.firstResponse)
      checkTarget(targets.firstResponse, ['targets', priority, 'firstResponse'], issues);
    if (targets?.resolution) checkTarget(targets.resolution, ['targets', priority, 'resolution'], issues);
  }
  (policy?.firstResponseMetBy ?? []).forEach((trigger, index) => {
    if (!TRIGGERS.has(trigger)) {
      issues.push({ path: ['firstResponseMetBy', index], code: 'invalid-value', message: 'unknown trigger' });
    }
  });
  checkClockMap(policy?.clockByPhase, 'clockByPhase', issues);
  checkClockMap(policy?.clockByStatus, 'clockByStatus', issues);
  const ids = new Set<string>();
  (policy?.escalationRules ?? []).forEach((rule, index) => {
    if (!Number.isFinite(rule?.atPercent) || rule.atPercent <= 0) {
      issues.push({
        path: ['escalationRules', index, 'atPercent'],
        code: 'not-positive',
        message: 'must be > 0',
      });
    }
    if (ids.has(rule?.id)) {
      issues.push({
        path: ['escalationRules', index, 'id'],
        code: 'invalid-value',
        message: 'duplicate rule id',
      });
    }
    ids.add(rule?.id);
    if (rule?.metric !== 'firstResponse' && rule?.metric !== 'resolution') {
      issues.push({
        path: ['escalationRules', index, 'metric'],
        code: 'invalid-value',
        message: 'unknown metric',
      });
    }
  });
  return issues.length === 0 ? { ok: true, value: policy } : { ok: false, issues };
}

export function assertValidPolicy(policy: SlaPolicy): void {
  const result = validatePolicy(policy);
  if (!result.ok) throw new ValidationError(result.issues);
}
