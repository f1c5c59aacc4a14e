import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { Technician } from '@usta/contracts/planning';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCalendars } from '../../api/calendars-api.ts';
import { errorMessage } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { PageLoader } from '../../pages/PageStates.tsx';
import { useSkills, useTeams, useTechnicians } from '../use-planning.ts';
import { SettingsSectionHeader } from './SettingsSectionHeader.tsx';
import { TechnicianProfileModal } from './TechnicianProfileModal.tsx';

/** Ayarlar → Teknisyenler: every user with the technician role and their planning profile. */
export function TechniciansPage() {
  const { t, i18n } = useTranslation();
  const canWrite = useCan('planning:write');
  const technicians = useTechnicians();
  const skills = useSkills();
  const teams = useTeams();
  const calendars = useQuery({
    queryKey: ['calendars', 'list'],
    queryFn: ({ signal }) => listCalendars(signal),
  });
  const [editing, setEditing] = useState<Technician | null>(null);
  const skillName = new Map(
    (skills.data?.items ?? []).map((s) => [
      s.id,
      i18n.resolvedLanguage === 'en' ? (s.nameEn ?? s.nameTr) : s.nameTr,
    ]),
  );
  const teamName = new Map((teams.data?.items ?? []).map((team) => [team.id, team.name]));
  const calendarName = new Map((calendars.data?.items ?? []).map((cal) => [cal.id, cal.name]));

  return (
    <>
      <SettingsSectionHeader
        title={t('planning.settings.technicians.title')}
        subtitle={t('planning.settings.technicians.subtitle')}
        canWrite={canWrite}
      />
      {technicians.isPending ? (
        <PageLoader />
      ) : technicians.isError ? (
        <Alert color="red" title={t('planning.settings.loadFailed')}>
          {errorMessage(technicians.error)}
        </Alert>
      ) : technicians.data.items.length === 0 ? (
        <Text c="dimmed">{t('planning.settings.technicians.empty')}</Text>
      ) : (
        <Table withTableBorder highlightOnHover verticalSpacing="sm" data-testid="technician-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planning.settings.technicians.name')}</Table.Th>
              <Table.Th>{t('planning.settings.technicians.skills')}</Table.Th>
              <Table.Th>{t('planning.settings.technicians.regions')}</Table.Th>
              <Table.Th>{t('planning.settings.technicians.calendar')}</Table.Th>
              <Table.Th ta="right">{t('planning.settings.technicians.maxJobs')}</Table.Th>
              <Table.Th>{t('planning.settings.technicians.customers')}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {technicians.data.items.map((tech) => (
              <Table.Tr key={tech.id} data-testid="technician-row" data-name={tech.name}>
                <Table.Td>
                  <Text fw={600} fz="sm">
                    {tech.name}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {tech.version === 0
                      ? t('planning.settings.technicians.noProfile')
                      : tech.teamIds
                          .map((id) => teamName.get(id) ?? '')
                          .filter(Boolean)
                          .join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {tech.skills.map((skill) => (
                      <Badge key={skill.skillId} variant="light" size="sm">
                        {skillName.get(skill.skillId) ?? '?'} · {skill.level}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td fz="xs">
                  {tech.regions.length === 0
                    ? t('planning.settings.technicians.anyRegion')
                    : tech.regions.map((region) => region.district).join(', ')}
                </Table.Td>
                <Table.Td fz="xs">
                  {tech.calendarId
                    ? (calendarName.get(tech.calendarId) ?? '—')
                    : t('planning.settings.teams.companyCalendar')}
                </Table.Td>
                <Table.Td ta="right">{tech.maxJobsPerDay}</Table.Td>
                <Table.Td fz="xs">
                  {tech.authorisedCustomerIds.length === 0
                    ? t('planning.settings.technicians.allCustomers')
                    : t('planning.settings.technicians.customerCount', {
                        count: tech.authorisedCustomerIds.length,
                      })}
                </Table.Td>
                <Table.Td>
                  {canWrite && (
                    <Button
                      variant="subtle"
                      size="xs"
                      px={6}
                      aria-label={t('planning.settings.technicians.edit')}
                      onClick={() => setEditing(tech)}
                      data-testid="technician-edit"
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
        <TechnicianProfileModal
          technician={editing}
          skills={(skills.data?.items ?? []).map((s) => ({
            value: s.id,
            label: skillName.get(s.id) ?? s.nameTr,
            maxLevel: s.maxLevel,
          }))}
          calendars={[...calendarName].map(([value, label]) => ({ value, label }))}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
