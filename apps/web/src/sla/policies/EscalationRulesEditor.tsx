import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { STAFF_ROLES } from '@usta/core/access';
import { useTranslation } from 'react-i18next';
import { ACTIONS, METRICS, newRule, type PolicyFormValues } from './policy-form.ts';
import { useStaff, useTeams } from './use-policies.ts';

type Form = UseFormReturnType<PolicyFormValues>;

function useRecipientOptions() {
  const { t } = useTranslation();
  const staff = useStaff();
  return [
    {
      group: t('sla.policies.recipientGroups.order'),
      items: (['team_lead', 'manager', 'assignees'] as const).map((value) => ({
        value,
        label: t(`sla.policies.recipient.${value}`),
      })),
    },
    {
      group: t('sla.policies.recipientGroups.roles'),
      items: STAFF_ROLES.map((role) => ({ value: `role:${role}`, label: t(`roles.${role}`) })),
    },
    {
      group: t('sla.policies.recipientGroups.users'),
      items: (staff.data ?? []).map((user) => ({ value: `user:${user.id}`, label: user.name })),
    },
  ];
}

/** At a share of the target or at the breach: one action each, to whom, and whether it waits for working hours. */
export function EscalationRulesEditor({ form, readOnly }: { form: Form; readOnly: boolean }) {
  const { t } = useTranslation();
  const recipients = useRecipientOptions();
  const teams = useTeams();
  const rules = form.values.escalationRules;
  const metrics = METRICS.map((metric) => ({ value: metric, label: t(`sla.metric.${metric}`) }));
  const actions = ACTIONS.map((action) => ({ value: action, label: t(`sla.policies.action.${action}`) }));

  return (
    <Stack gap="xs" data-testid="policy-rules">
      {rules.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t('sla.policies.noRules')}
        </Text>
      )}
      {rules.map((rule, index) => {
        const path = `escalationRules.${index}`;
        const err = (field: string) => form.errors[`${path}.${field}`];
        return (
          <Paper key={rule.key} withBorder p="xs" data-testid={`rule-${index}`}>
            <Group gap="xs" align="flex-start" wrap="wrap">
              <Select
                {...form.getInputProps(`${path}.metric`)}
                data={metrics}
                allowDeselect={false}
                w={130}
                size="xs"
                label={t('sla.policies.ruleMetric')}
                readOnly={readOnly}
              />
              <div>
                <Text fz={12} fw={600} lh="18.6px" mt={4}>
                  {t('sla.policies.ruleWhen')}
                </Text>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <SegmentedControl
                    size="xs"
                    {...form.getInputProps(`${path}.when`)}
                    data={[
                      { value: 'percent', label: t('sla.policies.atPercent') },
                      { value: 'breach', label: t('sla.policies.atBreach') },
                    ]}
                    readOnly={readOnly}
                    data-testid={`rule-${index}-when`}
                  />
                  {rule.when === 'percent' && (
                    <NumberInput
                      {...form.getInputProps(`${path}.atPercent`)}
                      size="xs"
                      w={72}
                      min={1}
                      max={99}
                      suffix=" %"
                      hideControls
                      aria-label={t('sla.policies.atPercent')}
                      readOnly={readOnly}
                      data-testid={`rule-${index}-percent`}
                    />
                  )}
                </Group>
                {err('atPercent') && rule.when === 'breach' && (
                  <Text fz="xs" c="red" mt={2}>
                    {err('atPercent')}
                  </Text>
                )}
              </div>
              <Select
                {...form.getInputProps(`${path}.action`)}
                data={actions}
                allowDeselect={false}
                w={170}
                size="xs"
                label={t('sla.policies.ruleAction')}
                readOnly={readOnly}
                data-testid={`rule-${index}-action`}
              />
              {(rule.action === 'notify' || rule.action === 'add_watcher') && (
                <MultiSelect
                  {...form.getInputProps(`${path}.recipients`)}
                  data={recipients}
                  size="xs"
                  miw={200}
                  maw={320}
                  style={{ flex: 1 }}
                  label={t(rule.action === 'notify' ? 'sla.policies.recipients' : 'sla.policies.watchers')}
                  searchable
                  readOnly={readOnly}
                  data-testid={`rule-${index}-recipients`}
                />
              )}
              {rule.action === 'reassign_team' && (
                <Select
                  {...form.getInputProps(`${path}.teamId`)}
                  data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
                  size="xs"
                  w={200}
                  label={t('sla.policies.team')}
                  placeholder={teams.data?.length ? undefined : t('sla.policies.noTeams')}
                  readOnly={readOnly}
                />
              )}
              {rule.action === 'raise_priority' && (
                <NumberInput
                  {...form.getInputProps(`${path}.levels`)}
                  size="xs"
                  w={110}
                  min={1}
                  max={3}
                  label={t('sla.policies.levels')}
                  readOnly={readOnly}
                />
              )}
              <Switch
                {...form.getInputProps(`${path}.waitForWorkingHours`, { type: 'checkbox' })}
                label={t('sla.policies.waitForWorkingHours')}
                size="xs"
                mt={24}
                disabled={readOnly}
                data-testid={`rule-${index}-wait`}
              />
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={22}
                  ml="auto"
                  onClick={() => form.removeListItem('escalationRules', index)}
                  aria-label={t('sla.policies.removeRule')}
                  data-testid={`rule-${index}-remove`}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
            {form.errors[path] && (
              <Text fz="xs" c="red" mt={4} data-testid={`rule-${index}-error`}>
                {form.errors[path]}
              </Text>
            )}
          </Paper>
        );
      })}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('escalationRules', newRule())}
            data-testid="rule-add"
          >
            {t('sla.policies.addRule')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
