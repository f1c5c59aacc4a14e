import {
  Alert,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { SlaPolicyResource } from '@usta/contracts/sla';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import { errorMessage, notifyError, notifySuccess, notifyWarning } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { PageLoader } from '../../pages/PageStates.tsx';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { AnchorLink } from '../../settings/calendars/RouterLinks.tsx';
import { useCalendarList } from '../../settings/calendars/use-calendars.ts';
import { ClockEditor, MeasureEditor } from './ClockEditor.tsx';
import { EscalationRulesEditor } from './EscalationRulesEditor.tsx';
import { INITIAL_PREVIEW, PolicyDuePreview, type PreviewInputs } from './PolicyDuePreview.tsx';
import {
  DEFAULT_CALENDAR,
  type PolicyFormValues,
  placePolicyErrors,
  toCreateBody,
  toFormValues,
  toUpdateBody,
} from './policy-form.ts';
import { TargetsEditor } from './TargetsEditor.tsx';
import { useCreatePolicy, usePolicy, usePolicyList, useUpdatePolicy } from './use-policies.ts';

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={5}>{title}</Title>
      {hint && (
        <Text fz="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      <div style={{ marginTop: hint ? 0 : 8 }}>{children}</div>
    </Paper>
  );
}

/** Ayarlar → SLA politikaları → one policy: load it (or the default as a template), then edit. */
export function SlaPolicyEditPage({ policyId }: { policyId: string | null }) {
  const policy = usePolicy(policyId);
  const list = usePolicyList();
  const calendars = useCalendarList();
  // Outside the form, which is rebuilt from every saved version: the preview keeps its inputs.
  const [preview, setPreview] = useState<PreviewInputs>(INITIAL_PREVIEW);
  if ((policyId && policy.isPending) || (!policyId && list.isPending) || calendars.isPending)
    return <PageLoader />;
  if (policyId && !policy.data) {
    return (
      <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="policy-load-error">
        {errorMessage(policy.error)}
      </Alert>
    );
  }
  const template = policy.data ?? list.data?.find((p) => p.isDefault) ?? null;
  return (
    <PolicyForm
      key={policy.data ? `${policy.data.id}-${policy.data.version}` : 'new'}
      policy={policy.data ?? null}
      initial={toFormValues(template, !policy.data)}
      calendars={calendars.data ?? []}
      preview={preview}
      onPreviewChange={setPreview}
    />
  );
}

function PolicyForm({
  policy,
  initial,
  calendars,
  preview,
  onPreviewChange,
}: {
  policy: SlaPolicyResource | null;
  initial: PolicyFormValues;
  calendars: NonNullable<ReturnType<typeof useCalendarList>['data']>;
  preview: PreviewInputs;
  onPreviewChange: (inputs: PreviewInputs) => void;
}) {
  const { t } = useTranslation();
  usePageTitle(policy?.name ?? t('sla.policies.new'));
  const navigate = useNavigate();
  const canEdit = useCan('settings:write');
  const readOnly = !canEdit;
  const form = useForm<PolicyFormValues>({ initialValues: initial });
  const create = useCreatePolicy();
  const update = useUpdatePolicy();
  const [unplaced, setUnplaced] = useState<string[]>([]);

  async function save(values: PolicyFormValues) {
    setUnplaced([]);
    form.clearErrors();
    try {
      if (!policy) {
        const saved = await create.mutateAsync(toCreateBody(values));
        notifySuccess(t('sla.policies.created', { name: saved.name }));
        void navigate({ to: '/settings/sla/$policyId', params: { policyId: saved.id } });
        return;
      }
      const saved = await update.mutateAsync({ id: policy.id, changes: toUpdateBody(values, policy) });
      notifySuccess(t('sla.policies.saved', { name: saved.name }));
      // The page reloads the form from the saved version (its key is the version).
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        notifyWarning(t('sla.policies.conflictTitle'), t('sla.policies.conflictMessage'));
        return;
      }
      const placed = isApiError(error) ? placePolicyErrors(error.fieldErrors) : null;
      if (placed && (Object.keys(placed.fields).length > 0 || placed.unplaced.length > 0)) {
        form.setErrors(placed.fields);
        setUnplaced(placed.unplaced);
        // The first refused field is brought into view.
        requestAnimationFrame(() =>
          document
            .querySelector('[data-error="true"], [aria-invalid="true"]')
            ?.scrollIntoView({ block: 'center' }),
        );
      } else {
        notifyError(error);
      }
    }
  }

  const calendarOptions = [
    { value: DEFAULT_CALENDAR, label: t('sla.policies.defaultCalendar') },
    ...calendars.map((c) => ({ value: c.id, label: c.name })),
  ];

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
      <Group justify="space-between" mb="md">
        <div>
          <AnchorLink to="/settings/sla" fz="sm" c="dimmed" data-testid="policy-back">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              {t('sla.policies.back')}
            </Group>
          </AnchorLink>
          <Title order={3} mt={4}>
            {policy ? policy.name : t('sla.policies.new')}
          </Title>
        </div>
        {canEdit && (
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={18} />}
            loading={create.isPending || update.isPending}
            data-testid="policy-save"
          >
            {t('sla.policies.save')}
          </Button>
        )}
      </Group>

      {unplaced.length > 0 && (
        <Alert
          color="red"
          variant="light"
          mb="md"
          icon={<IconAlertTriangle size={18} />}
          data-testid="policy-errors"
        >
          {unplaced.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </Alert>
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Section title={t('sla.policies.general')}>
              <Stack gap="sm">
                <Group grow align="flex-start">
                  <TextInput
                    {...form.getInputProps('name')}
                    label={t('sla.policies.name')}
                    readOnly={readOnly}
                    data-testid="policy-name"
                  />
                  <Select
                    {...form.getInputProps('calendarId')}
                    label={t('sla.policies.calendar')}
                    data={calendarOptions}
                    allowDeselect={false}
                    readOnly={readOnly}
                    data-testid="policy-calendar"
                  />
                </Group>
                <Textarea
                  {...form.getInputProps('description')}
                  label={t('sla.policies.description')}
                  autosize
                  minRows={1}
                  readOnly={readOnly}
                />
                <Switch
                  {...form.getInputProps('isDefault', { type: 'checkbox' })}
                  label={t('sla.policies.isDefault')}
                  description={t('sla.policies.isDefaultHint')}
                  disabled={readOnly || policy?.isDefault}
                  data-testid="policy-default"
                />
              </Stack>
            </Section>
            <Section title={t('sla.policies.targets')} hint={t('sla.policies.targetsHint')}>
              <TargetsEditor form={form} readOnly={readOnly} />
            </Section>
            <Section title={t('sla.policies.measure')}>
              <MeasureEditor form={form} readOnly={readOnly} />
            </Section>
            <Section title={t('sla.policies.clock')} hint={t('sla.policies.clockHint')}>
              <ClockEditor form={form} readOnly={readOnly} />
            </Section>
            <Section title={t('sla.policies.rules')} hint={t('sla.policies.rulesHint')}>
              <EscalationRulesEditor form={form} readOnly={readOnly} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <div style={{ position: 'sticky', top: 76 }}>
            {policy ? (
              <PolicyDuePreview
                inputs={preview}
                onChange={onPreviewChange}
                policyId={policy.id}
                policyCalendarId={policy.calendarId}
                calendars={calendars}
                dirty={form.isDirty()}
              />
            ) : (
              <Paper withBorder p="md">
                <Text fz="sm" c="dimmed">
                  {t('sla.preview.afterCreate')}
                </Text>
              </Paper>
            )}
          </div>
        </Grid.Col>
      </Grid>
    </form>
  );
}
