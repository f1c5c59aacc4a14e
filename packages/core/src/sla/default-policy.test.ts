import { describe, expect, it } from 'vitest';
import { formatPath } from '../calendar/validation-error.ts';
import { createDefaultPolicy, DEFAULT_TARGETS, resolvePolicy } from './default-policy.ts';
import type { SlaPolicy } from './types.ts';
import { validatePolicy } from './validate-policy.ts';

describe('default policy', () => {
  it('has the issue-4 targets and is valid', () => {
    const policy = createDefaultPolicy();
    expect(policy.targets).toEqual(DEFAULT_TARGETS);
    expect(DEFAULT_TARGETS.P1).toEqual({
      firstResponse: { amount: 15, unit: 'minutes' },
      resolution: { amount: 4, unit: 'hours' },
    });
    expect(DEFAULT_TARGETS.P4?.resolution).toEqual({ amount: 5, unit: 'businessDays' });
    expect(validatePolicy(policy).ok).toBe(true);
    expect(policy.escalationRules.map((rule) => rule.id)).toContain('resolution-breach');
  });

  it('lets a contract replace single targets and keeps the rest', () => {
    const contract = resolvePolicy(createDefaultPolicy(), {
      id: 'hospital',
      name: 'Hastane sözleşmesi',
      targets: { P1: { firstResponse: { amount: 10, unit: 'minutes' } } },
    });
    expect(contract.targets.P1).toEqual({
      firstResponse: { amount: 10, unit: 'minutes' },
      resolution: { amount: 4, unit: 'hours' },
    });
    expect(contract.targets.P3).toEqual(DEFAULT_TARGETS.P3);
    expect(contract.id).toBe('hospital');
  });
});

describe('validatePolicy', () => {
  it('names every bad field', () => {
    const base = createDefaultPolicy();
    const bad = {
      ...base,
      targets: {
        P1: {
          firstResponse: { amount: -5, unit: 'minutes' },
          resolution: { amount: 1.5, unit: 'businessDays' },
        },
        P2: { resolution: { amount: 2, unit: 'weeks' } },
      },
      firstResponseMetBy: ['telepathy'],
      clockByPhase: { waiting_customer: 'frozen' },
      escalationRules: [{ ...base.escalationRules[0]!, atPercent: 0 }, base.escalationRules[0]!],
    } as unknown as SlaPolicy;
    const result = validatePolicy(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${formatPath(issue.path)} ${issue.code}`)).toEqual([
      'targets.P1.firstResponse.amount not-positive',
      'targets.P1.resolution.amount invalid-value',
      'targets.P2.resolution.unit invalid-value',
      'firstResponseMetBy[0] invalid-value',
      'clockByPhase.waiting_customer invalid-value',
      'escalationRules[0].atPercent not-positive',
      'escalationRules[1].id invalid-value',
    ]);
  });
});
