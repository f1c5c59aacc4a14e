import type { SlaPolicyResource } from '@usta/contracts/sla';
import { describe, expect, it } from 'vitest';
import { formPathOf, placePolicyErrors, toCreateBody, toFormValues, toUpdateBody } from './policy-form.ts';

const stored: SlaPolicyResource = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Varsayılan SLA',
  description: null,
  calendarId: null,
  targets: {
    P1: { firstResponse: { amount: 15, unit: 'minutes' }, resolution: { amount: 4, unit: 'hours' } },
    P2: { firstResponse: { amount: 1, unit: 'hours' }, resolution: { amount: 8, unit: 'hours' } },
    P3: { firstResponse: { amount: 4, unit: 'hours' }, resolution: { amount: 2, unit: 'businessDays' } },
    P4: {
      firstResponse: { amount: 1, unit: 'businessDays' },
      resolution: { amount: 5, unit: 'businessDays' },
    },
  },
  firstResponseMetBy: ['customer_reply', 'assignment'],
  resolvedPhases: ['final_check', 'closed'],
  clockByPhase: { waiting_customer: 'paused', closed: 'stopped' },
  clockByStatus: { waiting_parts: 'paused' },
  escalationRules: [
    {
      id: 'resolution-75',
      metric: 'resolution',
      atPercent: 75,
      atBreach: false,
      action: 'notify',
      recipients: ['team_lead'],
      teamId: null,
      levels: 1,
      waitForWorkingHours: true,
    },
    {
      id: 'firstResponse-breach',
      metric: 'firstResponse',
      atPercent: null,
      atBreach: true,
      action: 'raise_priority',
      recipients: [],
      teamId: null,
      levels: 1,
      waitForWorkingHours: false,
    },
  ],
  isDefault: true,
  version: 3,
  createdAt: '2026-11-16T09:00:00+03:00',
  updatedAt: '2026-11-16T09:00:00+03:00',
};

describe('policy form values', () => {
  it('round-trips a stored policy into the update body, with the version and without isDefault', () => {
    const body = toUpdateBody(toFormValues(stored), stored);
    expect(body).toMatchObject({
      name: 'Varsayılan SLA',
      calendarId: null,
      targets: stored.targets,
      clockByPhase: { waiting_customer: 'paused', closed: 'stopped' },
      clockByStatus: { waiting_parts: 'paused' },
      version: 3,
    });
    expect(body).not.toHaveProperty('isDefault');
    expect(body.escalationRules).toEqual([
      {
        id: 'resolution-75',
        metric: 'resolution',
        atPercent: 75,
        atBreach: false,
        action: 'notify',
        recipients: ['team_lead'],
        teamId: null,
        levels: 1,
        waitForWorkingHours: true,
      },
      // A stored id is kept, so the rule keeps its fired history; the breach rule has no percent.
      {
        id: 'firstResponse-breach',
        metric: 'firstResponse',
        atPercent: null,
        atBreach: true,
        action: 'raise_priority',
        recipients: [],
        teamId: null,
        levels: 1,
        waitForWorkingHours: false,
      },
    ]);
  });

  it('sends an emptied target as 0 so the server refuses it at that field', () => {
    const values = toFormValues(stored);
    values.targets.P1.firstResponse.amount = '';
    expect(toCreateBody(values).targets.P1.firstResponse).toEqual({ amount: 0, unit: 'minutes' });
  });

  it('starts a new policy from a stored one as a copy: no name, not default, no rule ids', () => {
    const copy = toFormValues(stored, true);
    expect(copy.name).toBe('');
    expect(copy.isDefault).toBe(false);
    expect(copy.escalationRules.every((rule) => rule.id === undefined)).toBe(true);
    expect(toFormValues(null).targets.P3.resolution).toEqual({ amount: 2, unit: 'businessDays' });
  });
});

describe('server errors on the form', () => {
  it('puts each path on its control, rule-level ones on the rule, the rest above the form', () => {
    expect(formPathOf('targets.P1.firstResponse.amount')).toBe('targets.P1.firstResponse.amount');
    expect(formPathOf('targets.P2.resolution')).toBe('targets.P2.resolution.amount');
    expect(formPathOf('escalationRules.2.atBreach')).toBe('escalationRules.2.atPercent');
    expect(formPathOf('escalationRules.1.recipients.0')).toBe('escalationRules.1.recipients');
    expect(formPathOf('escalationRules.3.id')).toBe('escalationRules.3');
    expect(formPathOf('clockByPhase.lunch')).toBe('clockByPhase.lunch');
    expect(formPathOf('somethingElse')).toBeNull();
    const placed = placePolicyErrors([
      { path: 'targets.P1.firstResponse.amount', message: 'Değer sıfırdan büyük olmalı.' },
      { path: 'x', message: 'Geçersiz değer.' },
      { path: 'y', message: 'Geçersiz değer.' },
    ]);
    expect(placed.fields).toEqual({ 'targets.P1.firstResponse.amount': 'Değer sıfırdan büyük olmalı.' });
    expect(placed.unplaced).toEqual(['Geçersiz değer.']);
  });
});
