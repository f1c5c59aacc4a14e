import { describe, expect, it } from 'vitest';
import { createSlaPolicyBodySchema, escalationRuleBodySchema } from './policies.ts';

const target = (amount: number, unit = 'hours') => ({ amount, unit });
const targets = {
  P1: { firstResponse: target(15, 'minutes'), resolution: target(4) },
  P2: { firstResponse: target(1), resolution: target(8) },
  P3: { firstResponse: target(4), resolution: target(2, 'businessDays') },
  P4: { firstResponse: target(1, 'businessDays'), resolution: target(5, 'businessDays') },
};
const policy = {
  name: 'Altın sözleşme',
  targets,
  firstResponseMetBy: ['customer_reply', 'assignment'],
  resolvedPhases: ['final_check', 'closed'],
  clockByPhase: { waiting_customer: 'paused', closed: 'stopped' },
};
const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('SLA policy contract', () => {
  it('accepts the seed-003 defaults and fills the optional parts', () => {
    const parsed = createSlaPolicyBodySchema.parse(policy);
    expect(parsed).toMatchObject({ isDefault: false, clockByStatus: {}, escalationRules: [] });
  });

  it('names the field of a target ≤ 0, a missing priority, an unknown phase', () => {
    const bad = structuredClone(policy) as Record<string, unknown> & { targets: Record<string, unknown> };
    bad.targets.P2 = { firstResponse: target(0), resolution: target(-1) };
    delete bad.targets.P4;
    bad.clockByPhase = { lunch: 'paused' };
    const result = createSlaPolicyBodySchema.safeParse(bad);
    expect(paths(result)).toEqual(
      expect.arrayContaining([
        'targets.P2.firstResponse.amount',
        'targets.P2.resolution.amount',
        'targets.P4',
        'clockByPhase.lunch',
      ]),
    );
  });

  it('wants exactly one of atPercent and atBreach, recipients to notify, a team to reassign', () => {
    expect(
      paths(
        escalationRuleBodySchema.safeParse({
          metric: 'resolution',
          action: 'notify',
          recipients: ['manager'],
        }),
      ),
    ).toEqual(['atPercent']);
    expect(
      paths(
        escalationRuleBodySchema.safeParse({
          metric: 'resolution',
          atPercent: 75,
          atBreach: true,
          action: 'notify',
          recipients: ['manager'],
        }),
      ),
    ).toEqual(['atPercent']);
    expect(
      paths(escalationRuleBodySchema.safeParse({ metric: 'resolution', atPercent: 75, action: 'notify' })),
    ).toEqual(['recipients']);
    expect(
      paths(
        escalationRuleBodySchema.safeParse({ metric: 'resolution', atBreach: true, action: 'reassign_team' }),
      ),
    ).toEqual(['teamId']);
    expect(
      escalationRuleBodySchema.parse({
        metric: 'firstResponse',
        atPercent: 90,
        action: 'add_watcher',
        recipients: ['role:planner', 'user:6f1c1c1e-1111-4111-8111-111111111111'],
      }),
    ).toMatchObject({ atBreach: false, levels: 1, waitForWorkingHours: false });
    expect(
      paths(
        escalationRuleBodySchema.safeParse({
          metric: 'resolution',
          atPercent: 50,
          action: 'notify',
          recipients: ['role:king'],
        }),
      ),
    ).toEqual(['recipients.0']);
  });
});
