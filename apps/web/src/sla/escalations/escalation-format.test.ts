import type { EscalationStepView } from '@usta/contracts/sla';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.ts';
import { effectLabel, planLabel, whenLabel } from './escalation-format.ts';

const step = (over: Partial<EscalationStepView>): EscalationStepView => ({
  ruleId: 'r',
  cycle: 0,
  metric: 'resolution',
  action: 'notify',
  rule: {
    atPercent: 75,
    atBreach: false,
    recipients: [
      { value: 'team_lead', name: null },
      { value: 'role:planner', name: null },
      { value: 'user:00000000-0000-4000-8000-000000000001', name: 'Ayşe Yılmaz' },
    ],
    levels: 1,
    teamId: null,
    waitForWorkingHours: false,
  },
  state: 'scheduled',
  dueAt: '2026-11-16T16:00:00+03:00',
  firedAt: null,
  effect: null,
  ...over,
});

describe('escalation labels', () => {
  const tr = i18n.getFixedT('tr');
  const en = i18n.getFixedT('en');

  it('says when a rule fires and what it is set to do, recipients in the user’s language', () => {
    expect(whenLabel(step({}), tr)).toBe('Çözüm %75');
    expect(
      whenLabel(
        step({ metric: 'firstResponse', rule: { ...step({}).rule!, atBreach: true, atPercent: null } }),
        en,
      ),
    ).toBe('First response at breach');
    expect(planLabel(step({}), tr)).toBe('Bildirim: Ekip lideri, Planlamacı, Ayşe Yılmaz');
    expect(planLabel(step({ rule: null }), tr)).toBe('Kural politikadan kaldırıldı');
  });

  it('reads what a fired step did', () => {
    expect(effectLabel(step({}), tr)).toBeNull();
    const fired = (effect: EscalationStepView['effect']) => step({ state: 'fired', effect });
    expect(effectLabel(fired({ kind: 'priority_raised', from: 'P2', to: 'P1' }), tr)).toBe('Öncelik P2→P1');
    expect(effectLabel(fired({ kind: 'notified', count: 2 }), tr)).toBe(
      'Bildirim: Ekip lideri, Planlamacı, Ayşe Yılmaz (2 kişi)',
    );
    expect(effectLabel(fired({ kind: 'skipped', reason: 'order closed' }), en)).toBe('Skipped: order closed');
    expect(effectLabel(fired({ kind: 'skipped', reason: 'order closed' }), tr)).toBe(
      'Atlandı: iş emri kapalı',
    );
    expect(effectLabel(fired({ kind: 'other', text: 'checked' }), tr)).toBe('checked');
  });
});
