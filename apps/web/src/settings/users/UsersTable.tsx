import { Avatar, Badge, Group, Table, Text } from '@mantine/core';
import type { User } from '@usta/contracts/users';
import { useTranslation } from 'react-i18next';
import { initialsOf } from '../../shell/initials.ts';
import { ROLE_COLORS } from './roles.ts';
import { type UserAction, UserActionsMenu } from './UserActionsMenu.tsx';

interface UsersTableProps {
  users: User[];
  meId: string;
  canManage: boolean;
  onAction: (action: UserAction, user: User) => void;
}

export function UsersTable({ users, meId, canManage, onAction }: UsersTableProps) {
  const { t } = useTranslation();
  const columns = canManage ? 6 : 5;
  return (
    <Table.ScrollContainer minWidth={780}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.columns.name')}</Table.Th>
            <Table.Th>{t('users.columns.email')}</Table.Th>
            <Table.Th>{t('users.columns.roles')}</Table.Th>
            <Table.Th>{t('users.columns.language')}</Table.Th>
            <Table.Th>{t('users.columns.status')}</Table.Th>
            {canManage && (
              <Table.Th w={56}>
                <Text component="span" className="sr-only">
                  {t('users.columns.actions')}
                </Text>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Text c="dimmed" ta="center" py="xl" data-testid="users-empty">
                  {t('users.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid={`user-row-${user.email}`} opacity={user.active ? 1 : 0.65}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar size={32} radius="xl" color={user.active ? 'usta' : 'gray'}>
                    {initialsOf(user.name)}
                  </Avatar>
                  <Text fz="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {user.name}
                  </Text>
                  {user.id === meId && (
                    <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>
                      {t('users.you')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" c="dimmed">
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <Badge
                      key={role}
                      variant="light"
                      color={ROLE_COLORS[role]}
                      data-testid={`user-role-${role}`}
                    >
                      {t(`roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{t(`language.${user.locale}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="dot"
                  color={user.active ? 'teal' : 'gray'}
                  data-testid="user-status"
                  data-active={user.active}
                >
                  {user.active ? t('users.active') : t('users.inactive')}
                </Badge>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <UserActionsMenu user={user} isSelf={user.id === meId} onAction={onAction} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
