import { Alert, Group, Loader, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OlaKind } from '../api/ola-api.ts';
import { errorMessage } from '../app/notify.tsx';
import { SettingsListHeader } from '../settings/SettingsListPage.tsx';
import { OlaTaskTable } from './OlaTaskTable.tsx';
import { useOlaTasks } from './use-ola.ts';

/** A queue of internal target tasks (open by due time, or done), of one kind or all. */
export function OlaTasksSection({
  kind,
  title,
  subtitle,
}: {
  kind?: OlaKind;
  title: string;
  subtitle: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'open' | 'done'>('open');
  const tasks = useOlaTasks({ ...(kind ? { kind } : {}), open: open === 'open' });
  return (
    <Stack gap="sm">
      <SettingsListHeader
        title={title}
        subtitle={subtitle}
        action={
          <Group gap="sm">
            {tasks.isFetching && <Loader size={16} />}
            <SegmentedControl
              value={open}
              onChange={(value) => setOpen(value as 'open' | 'done')}
              data={[
                { value: 'open', label: t('ola.open') },
                { value: 'done', label: t('ola.done') },
              ]}
              data-testid="ola-filter-open"
            />
          </Group>
        }
      />
      {tasks.isError ? (
        <Alert color="red" data-testid="ola-error">
          {errorMessage(tasks.error)}
        </Alert>
      ) : (
        <OlaTaskTable tasks={tasks.data?.items ?? []} showKind={!kind} />
      )}
    </Stack>
  );
}
