import { Alert, Button, Group, Loader, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInfoCircle, IconSearch, IconUserPlus } from '@tabler/icons-react';
import type { User } from '@usta/contracts/users';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFilter } from '../../api/users-api.ts';
import { useCan, useMe } from '../../auth/session-hooks.ts';
import { ListPanel, LoadMoreButton } from '../../pages/ListPanel.tsx';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { ToggleActiveDialog } from './ToggleActiveDialog.tsx';
import type { UserAction } from './UserActionsMenu.tsx';
import { UsersTable } from './UsersTable.tsx';
import { useUserList } from './use-users.ts';

type StatusFilter = UserFilter['active'];

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.users'));
  const me = useMe();
  const canManage = useCan('user:manage');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [q] = useDebouncedValue(search, 250);
  const list = useUserList({ q, active: status });
  const users = list.data?.pages.flatMap((page) => page.items) ?? [];

  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<{ action: UserAction; user: User } | null>(null);
  const subject = (action: UserAction) => (open?.action === action ? open.user : null);
  const close = () => setOpen(null);

  return (
    <>
      <Group justify="space-between" gap="sm" mb="md">
        <Group gap="sm" wrap="wrap" style={{ flex: 1 }}>
          <TextInput
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            placeholder={t('users.search')}
            aria-label={t('users.searchLabel')}
            leftSection={<IconSearch size={16} />}
            rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size={14} /> : null}
            w={{ base: '100%', xs: 300 }}
            data-testid="user-search"
          />
          <SegmentedControl
            value={status}
            onChange={(value) => setStatus(value as StatusFilter)}
            aria-label={t('users.statusFilter')}
            data-testid="user-status-filter"
            data={[
              { value: 'all', label: t('users.filterAll') },
              { value: 'true', label: t('users.filterActive') },
              { value: 'false', label: t('users.filterInactive') },
            ]}
          />
        </Group>
        {canManage && (
          <Button
            leftSection={<IconUserPlus size={18} />}
            onClick={() => setCreating(true)}
            data-testid="user-create"
          >
            {t('users.new')}
          </Button>
        )}
      </Group>

      {!canManage && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} mb="md">
          {t('users.readOnly')}
        </Alert>
      )}

      <ListPanel query={list} items={users} loadFailed={t('users.loadFailed')}>
        <UsersTable
          users={users}
          meId={me.id}
          canManage={canManage}
          onAction={(action, user) => setOpen({ action, user })}
        />
      </ListPanel>

      <LoadMoreButton list={list} />

      {canManage && (
        <>
          <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
          <EditUserModal user={subject('edit')} onClose={close} />
          <ResetPasswordModal user={subject('password')} onClose={close} />
          <ToggleActiveDialog user={subject('toggle-active')} onClose={close} />
        </>
      )}
    </>
  );
}
