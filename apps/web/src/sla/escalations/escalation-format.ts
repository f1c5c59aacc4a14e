import type { EscalationStepView } from '@usta/contracts/sla';
import type { StaffRole } from '@usta/core/access';
import type { TFunction } from 'i18next';

type Recipient = NonNullable<EscalationStepView['rule']>['recipients'][number];

/** "Ekip lideri, Planlamacı, Ayşe Yılmaz": a rule's recipients in the user's language. */
export function recipientsLabel(recipients: readonly Recipient[], t: TFunction): string {
  return recipients
    .map(({ value, name }) => {
      if (value.startsWith('role:')) return t(`roles.${value.slice('role:'.length) as StaffRole}`);
      if (value.startsWith('user:')) return name ?? t('sla.escalations.unknownUser');
      return t(`sla.policies.recipient.${value as 'team_lead' | 'manager' | 'assignees'}`);
    })
    .join(', ');
}

/** "Çözüm %75" / "Çözüm aşılınca": when the rule fires. */
export function whenLabel(step: EscalationStepView, t: TFunction): string {
  const metric = t(`sla.metric.${step.metric}`);
  if (!step.rule) return metric;
  return step.rule.atBreach
    ? t('sla.escalations.atBreach', { metric })
    : t('sla.escalations.atPercent', { metric, percent: step.rule.atPercent });
}

/** What the rule is set to do: "Bildirim: Ekip lideri". */
export function planLabel(step: EscalationStepView, t: TFunction): string {
  if (!step.rule) return t('sla.escalations.removed');
  return t(`sla.escalations.plan.${step.action}`, {
    recipients: recipientsLabel(step.rule.recipients, t),
    levels: step.rule.levels,
  });
}

type SkipKey = 'orderClosed' | 'ruleRemoved' | 'orderGone' | 'orderFinished' | 'noTeam' | 'moved';

const SKIP_REASONS: Record<string, SkipKey | undefined> = {
  'order closed': 'orderClosed',
  'rule removed': 'ruleRemoved',
  'order gone': 'orderGone',
  'order finished': 'orderFinished',
  'no team': 'noTeam',
  moved: 'moved',
};

/** What a fired step did: "Öncelik P2→P1", "İzleyici eklendi: Planlamacı (2 kişi)"; null while scheduled. */
export function effectLabel(step: EscalationStepView, t: TFunction): string | null {
  const effect = step.effect;
  if (!effect) return null;
  const recipients = step.rule ? recipientsLabel(step.rule.recipients, t) : '';
  switch (effect.kind) {
    case 'priority_raised':
      return t('sla.escalations.effect.priority_raised', { from: effect.from, to: effect.to });
    case 'notified':
      return t('sla.escalations.effect.notified', { recipients, count: effect.count });
    case 'watchers_added':
      return t('sla.escalations.effect.watchers_added', { recipients, count: effect.count });
    case 'team_changed':
      return t('sla.escalations.effect.team_changed');
    case 'unchanged':
      return t('sla.escalations.effect.unchanged');
    case 'skipped': {
      const key = SKIP_REASONS[effect.reason];
      return t('sla.escalations.effect.skipped', {
        reason: key ? t(`sla.escalations.skip.${key}`) : effect.reason,
      });
    }
    case 'failed':
      return t('sla.escalations.effect.failed', { reason: effect.reason });
    case 'other':
      return effect.text;
  }
}

export const STATE_COLORS: Record<EscalationStepView['state'], string> = {
  scheduled: 'gray',
  fired: 'orange',
  skipped: 'gray',
  failed: 'red',
};
