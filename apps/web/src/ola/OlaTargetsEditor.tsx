import { Button, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OlaTarget } from '../api/ola-api.ts';
import { notifyError, notifySuccess } from '../app/notify.tsx';
import { useCan } from '../auth/session-hooks.ts';
import { useOlaTargets, useSaveOlaTarget } from './use-ola.ts';

const UNITS = ['minutes', 'hours', 'businessDays'] as const;

function TargetRow({ target, canEdit }: { target: OlaTarget; canEdit: boolean }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState<number | string>(target.target.amount);
  const [unit, setUnit] = useState<string>(target.target.unit);
  const save = useSaveOlaTarget();
  const changed = Number(amount) !== target.target.amount || unit !== target.target.unit;

  return (
    <Group gap="md" align="flex-end" wrap="nowrap" data-testid={`ola-target-${target.kind}`}>
      <Stack gap={0} style={{ flex: 1 }}>
        <Text fw={600} fz="sm">
          {t(`ola.kinds.${target.kind}`)}
        </Text>
        <Text c="dimmed" fz="xs">
          {t(`ola.teams.${target.team}`)} · {t(`ola.phaseHint.${target.kind}`)}
          {target.version === 0 ? ` · ${t('ola.builtInDefault')}` : ''}
        </Text>
      </Stack>
      <NumberInput
        label={t('ola.amount')}
        value={amount}
        onChange={setAmount}
        min={1}
        max={100_000}
        w={110}
        disabled={!canEdit}
        data-testid="ola-target-amount"
      />
      <Select
        label={t('ola.unit')}
        data={UNITS.map((value) => ({ value, label: t(`ola.units.${value}`) }))}
        value={unit}
        onChange={(value) => value && setUnit(value)}
        allowDeselect={false}
        w={150}
        disabled={!canEdit}
        data-testid="ola-target-unit"
      />
      {canEdit && (
        <Button
          disabled={!changed}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              {
                kind: target.kind,
                body: {
                  target: { amount: Number(amount), unit: unit as OlaTarget['target']['unit'] },
                  calendarId: target.calendarId,
                  version: target.version,
                },
              },
              { onSuccess: () => notifySuccess(t('ola.targetSaved')), onError: notifyError },
            )
          }
          data-testid="ola-target-save"
        >
          {t('ola.save')}
        </Button>
      )}
    </Group>
  );
}

/** Each internal target: the team it binds, its amount and unit on the company calendar. */
export function OlaTargetsEditor() {
  const { t } = useTranslation();
  const canEdit = useCan('settings:write');
  const targets = useOlaTargets();
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <div>
          <Text fw={600}>{t('ola.targetsTitle')}</Text>
          <Text c="dimmed" fz="sm">
            {t('ola.targetsSubtitle')}
          </Text>
        </div>
        {(targets.data?.items ?? []).map((target) => (
          // Keyed by version: a save (or another user's) resets the row to what is stored.
          <TargetRow key={`${target.kind}:${target.version}`} target={target} canEdit={canEdit} />
        ))}
      </Stack>
    </Paper>
  );
}
