import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Team } from '@usta/contracts/planning';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCalendars } from '../../api/calendars-api.ts';
import { createTeam, updateTeam } from '../../api/planning-api.ts';
import { errorMessage, notifySuccess } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { PageLoader } from '../../pages/PageStates.tsx';
import { useInvalidatePlanning, useTeams, useTechnicians } from '../use-planning.ts';
import { SettingsSectionHeader } from './SettingsSectionHeader.tsx';

/** Ayarlar → Ekipler: teams with a lead, members and their calendar. */
export function TeamsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('planning:write');
  const teams = useTeams();
  const technicians = useTechnicians();
  const calendars = useQuery({
    queryKey: ['calendars', 'list'],
    queryFn: ({ signal }) => listCalendars(signal),
  });
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const names = new Map((technicians.data?.items ?? []).map((tech) => [tech.id, tech.name]));
  const calendarNames = new Map((calendars.data?.items ?? []).map((cal) => [cal.id, cal.name]));

  return (
    <>
      <SettingsSectionHeader
        title={t('planning.settings.teams.title')}
        subtitle={t('planning.settings.teams.subtitle')}
        canWrite={canWrite}
        action={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing('new')}
            data-testid="team-new"
          >
            {t('planning.settings.teams.new')}
          </Button>
        }
      />
      {teams.isPending ? (
        <PageLoader />
      ) : teams.isError ? (
        <Alert color="red" title={t('planning.settings.loadFailed')}>
          {errorMessage(teams.error)}
        </Alert>
      ) : (teams.data?.items.length ?? 0) === 0 ? (
        <Text c="dimmed">{t('planning.settings.teams.empty')}</Text>
      ) : (
        <Table withTableBorder highlightOnHover verticalSpacing="sm" data-testid="team-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planning.settings.teams.name')}</Table.Th>
              <Table.Th>{t('planning.settings.teams.lead')}</Table.Th>
              <Table.Th>{t('planning.settings.teams.members')}</Table.Th>
              <Table.Th>{t('planning.settings.teams.calendar')}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {teams.data?.items.map((team) => (
              <Table.Tr key={team.id} data-testid="team-row">
                <Table.Td fw={600}>{team.name}</Table.Td>
                <Table.Td>
                  {team.leadId ? (names.get(team.leadId) ?? '—') : t('planning.settings.teams.noLead')}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light" color="gray">
                      {t('planning.settings.teams.memberCount', { count: team.memberIds.length })}
                    </Badge>
                    <Text fz="xs" c="dimmed" lineClamp={1}>
                      {team.memberIds.map((id) => names.get(id) ?? '?').join(', ')}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td fz="sm">
                  {team.calendarId
                    ? (calendarNames.get(team.calendarId) ?? '—')
                    : t('planning.settings.teams.companyCalendar')}
                </Table.Td>
                <Table.Td>
                  {canWrite && (
                    <Button
                      variant="subtle"
                      size="xs"
                      px={6}
                      aria-label={t('planning.settings.teams.edit')}
                      onClick={() => setEditing(team)}
                    >
                      <IconPencil size={16} />
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <TeamModal
          team={editing === 'new' ? null : editing}
          people={[...names].map(([value, label]) => ({ value, label }))}
          calendars={[...calendarNames].map(([value, label]) => ({ value, label }))}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

type Option = { value: string; label: string };

function TeamModal({
  team,
  people,
  calendars,
  onClose,
}: {
  team: Team | null;
  people: Option[];
  calendars: Option[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlanning();
  const [name, setName] = useState(team?.name ?? '');
  const [leadId, setLeadId] = useState<string | null>(team?.leadId ?? null);
  const [calendarId, setCalendarId] = useState<string | null>(team?.calendarId ?? null);
  const [memberIds, setMemberIds] = useState<string[]>(team?.memberIds ?? []);
  const save = useMutation({
    mutationFn: () =>
      team
        ? updateTeam(team.id, { name, leadId, calendarId, memberIds, version: team.version })
        : createTeam({ name, leadId, calendarId, memberIds }),
    onSuccess: () => {
      notifySuccess(t('planning.settings.saved'));
      void invalidate();
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={team ? t('planning.settings.teams.edit') : t('planning.settings.teams.new')}
    >
      <Stack gap="sm">
        <TextInput
          label={t('planning.settings.teams.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          data-testid="team-name"
        />
        <Select
          label={t('planning.settings.teams.lead')}
          data={people}
          value={leadId}
          onChange={setLeadId}
          clearable
          searchable
          placeholder={t('planning.settings.teams.noLead')}
        />
        <MultiSelect
          label={t('planning.settings.teams.members')}
          data={people}
          value={memberIds}
          onChange={setMemberIds}
          searchable
          data-testid="team-members"
        />
        <Select
          label={t('planning.settings.teams.calendar')}
          data={calendars}
          value={calendarId}
          onChange={setCalendarId}
          clearable
          placeholder={t('planning.settings.teams.companyCalendar')}
        />
        {save.error && <Alert color="red">{errorMessage(save.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('planning.settings.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="team-save">
            {t('planning.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
