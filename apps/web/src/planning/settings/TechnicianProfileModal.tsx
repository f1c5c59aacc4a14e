import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Pill,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Technician } from '@usta/contracts/planning';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCustomer } from '../../api/customers-api.ts';
import { putTechnician } from '../../api/planning-api.ts';
import { errorMessage, notifySuccess } from '../../app/notify.tsx';
import { CustomerPicker } from '../../customers/CustomerPicker.tsx';
import { useInvalidatePlanning } from '../use-planning.ts';
import { type FormProblem, formValuesOf, type TechnicianFormValues, toBody } from './technician-form.ts';

interface Props {
  technician: Technician;
  skills: { value: string; label: string; maxLevel: number }[];
  calendars: { value: string; label: string }[];
  onClose: () => void;
}

/** Skills with levels, regions, shift calendar, capacity, start location, van and customers. */
export function TechnicianProfileModal({ technician, skills, calendars, onClose }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlanning();
  const [values, setValues] = useState<TechnicianFormValues>(() => formValuesOf(technician));
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const set = (patch: Partial<TechnicianFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const save = useMutation({
    mutationFn: async () => {
      const result = toBody(values, technician);
      if ('problem' in result) {
        setProblem(result.problem);
        return null;
      }
      setProblem(null);
      return putTechnician(technician.id, result.body);
    },
    onSuccess: (saved) => {
      if (!saved) return;
      notifySuccess(t('planning.settings.saved'));
      void invalidate();
      onClose();
    },
  });
  const maxLevel = (id: string) => skills.find((skill) => skill.value === id)?.maxLevel ?? 5;

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={`${t('planning.settings.technicians.edit')} — ${technician.name}`}
    >
      <Stack gap="sm">
        <Text fw={600} fz="sm">
          {t('planning.settings.technicians.skills')}
        </Text>
        {values.skills.map((skill, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a new row has no skill (no identity) until one is chosen
          <Group key={`${skill.skillId}-${index}`} gap="xs" wrap="nowrap">
            <Select
              flex={1}
              data={skills.filter(
                (s) => s.value === skill.skillId || !values.skills.some((v) => v.skillId === s.value),
              )}
              value={skill.skillId || null}
              onChange={(id) =>
                set({ skills: values.skills.map((s, i) => (i === index ? { ...s, skillId: id ?? '' } : s)) })
              }
              searchable
              aria-label={t('planning.settings.technicians.skills')}
            />
            <NumberInput
              w={90}
              min={1}
              max={maxLevel(skill.skillId)}
              value={skill.level}
              onChange={(level) =>
                set({
                  skills: values.skills.map((s, i) =>
                    i === index ? { ...s, level: Number(level) || 1 } : s,
                  ),
                })
              }
              aria-label={t('planning.settings.technicians.level')}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('planning.settings.technicians.remove')}
              onClick={() => set({ skills: values.skills.filter((_, i) => i !== index) })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => set({ skills: [...values.skills, { skillId: '', level: 1 }] })}
          >
            {t('planning.settings.technicians.addSkill')}
          </Button>
        </Group>
        <Textarea
          label={t('planning.settings.technicians.regions')}
          description={t('planning.settings.technicians.regionsHint')}
          autosize
          minRows={2}
          value={values.regions}
          onChange={(e) => set({ regions: e.currentTarget.value })}
          error={problem === 'regions' ? t('planning.settings.technicians.regionsInvalid') : undefined}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('planning.settings.technicians.calendar')}
            data={calendars}
            value={values.calendarId}
            onChange={(id) => set({ calendarId: id })}
            clearable
            placeholder={t('planning.settings.teams.companyCalendar')}
          />
          <NumberInput
            label={t('planning.settings.technicians.maxJobs')}
            min={1}
            max={50}
            value={values.maxJobsPerDay}
            onChange={(n) => set({ maxJobsPerDay: Number(n) || 1 })}
          />
          <TextInput
            label={t('planning.settings.technicians.start')}
            value={values.startLocation}
            onChange={(e) => set({ startLocation: e.currentTarget.value })}
            error={problem === 'startLocation' ? t('planning.settings.technicians.startInvalid') : undefined}
          />
          <TextInput
            label={t('planning.settings.technicians.van')}
            value={values.vanWarehouseCode}
            onChange={(e) => set({ vanWarehouseCode: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <CustomerPicker
            label={t('planning.settings.technicians.customers')}
            description={t('planning.settings.technicians.customersHint')}
            value={null}
            onChange={(id) =>
              id &&
              !values.authorisedCustomerIds.includes(id) &&
              set({ authorisedCustomerIds: [...values.authorisedCustomerIds, id] })
            }
          />
          <Group gap={4}>
            {values.authorisedCustomerIds.map((id) => (
              <CustomerPill
                key={id}
                id={id}
                onRemove={() =>
                  set({ authorisedCustomerIds: values.authorisedCustomerIds.filter((c) => c !== id) })
                }
              />
            ))}
          </Group>
        </Stack>
        {save.error && <Alert color="red">{errorMessage(save.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('planning.settings.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="technician-save">
            {t('planning.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CustomerPill({ id, onRemove }: { id: string; onRemove: () => void }) {
  const customer = useQuery({
    queryKey: ['customers', 'detail', id],
    queryFn: ({ signal }) => getCustomer(id, signal),
    staleTime: 5 * 60_000,
  });
  return (
    <Pill withRemoveButton onRemove={onRemove}>
      {customer.data?.name ?? '…'}
    </Pill>
  );
}
