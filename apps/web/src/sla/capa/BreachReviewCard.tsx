import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import type { BreachRootCause, WorkOrderSlaRecord } from '@usta/contracts/sla';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import { notifyError, notifySuccess } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { formatDate, istanbulToday } from '../../work-orders/format.ts';
import { CapaForm } from './CapaForm.tsx';
import { CapaStatusSelect } from './CapaStatusSelect.tsx';
import { fieldErrorsOf, isOverdue, ROOT_CAUSE_CODES } from './capa-meta.ts';
import { useRecordRootCause, useSlaRecord } from './use-capa.ts';

/**
 * A breached order's review: the root cause (code and text) and its corrective/preventive
 * actions. Shown once the order has breached or has a review; closing waits for both.
 */
export function BreachReviewCard({ workOrderId }: { workOrderId: string }) {
  const { t } = useTranslation();
  const record = useSlaRecord(workOrderId);
  const data = record.data;
  if (!data) return null;
  const breached = data.capaRequired || data.summary?.breached || data.summary?.closedOutcome === 'breached';
  if (!breached && !data.rootCause && data.capas.length === 0) return null;
  const complete = data.rootCause !== null && data.capas.some((c) => c.status !== 'cancelled');

  return (
    <Paper withBorder p="md" data-testid="breach-review">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('sla.review.title')}</Title>
        <Badge color={complete ? 'teal' : 'red'} variant="light" data-testid="breach-review-state">
          {t(complete ? 'sla.review.complete' : 'sla.review.incomplete')}
        </Badge>
      </Group>
      {data.capaRequired && !complete && (
        <Alert color="red" variant="light" p="xs" mb="sm" icon={<IconAlertTriangle size={16} />}>
          <Text fz="xs">{t('sla.review.required')}</Text>
        </Alert>
      )}
      <RootCauseSection workOrderId={workOrderId} rootCause={data.rootCause} />
      <Divider my="sm" />
      <CapaSection workOrderId={workOrderId} capas={data.capas} />
    </Paper>
  );
}

function RootCauseSection({
  workOrderId,
  rootCause,
}: {
  workOrderId: string;
  rootCause: BreachRootCause | null;
}) {
  const { t } = useTranslation();
  const canEdit = useCan('work_order:update');
  const save = useRecordRootCause(workOrderId);
  const [editing, setEditing] = useState(false);
  const [code, setCode] = useState<string | null>(rootCause?.code ?? null);
  const [text, setText] = useState(rootCause?.text ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit() {
    const missing: Record<string, string> = {};
    if (!code) missing.code = t('sla.capa.required');
    if (!text.trim()) missing.text = t('sla.capa.required');
    setErrors(missing);
    if (!code || Object.keys(missing).length > 0) return;
    try {
      await save.mutateAsync({ code: code as BreachRootCause['code'], text: text.trim() });
      notifySuccess(t('sla.review.rootCauseSaved'));
      setEditing(false);
    } catch (error) {
      const fields = isApiError(error) ? fieldErrorsOf(error.fieldErrors) : {};
      if (Object.keys(fields).length > 0) setErrors(fields);
      else notifyError(error);
    }
  }

  if (rootCause && !editing) {
    return (
      <Stack gap={4} data-testid="root-cause">
        <Group justify="space-between">
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('sla.review.rootCause')}
          </Text>
          {canEdit && (
            <Button variant="subtle" size="compact-xs" onClick={() => setEditing(true)}>
              {t('sla.review.edit')}
            </Button>
          )}
        </Group>
        <Badge variant="outline" color="dark" data-testid="root-cause-code">
          {t(`sla.rootCause.${rootCause.code}`)}
        </Badge>
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {rootCause.text}
        </Text>
      </Stack>
    );
  }
  if (!canEdit) {
    return (
      <Text fz="sm" c="dimmed">
        {t('sla.review.noRootCause')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="root-cause-form">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {t('sla.review.rootCause')}
      </Text>
      <Select
        label={t('sla.review.code')}
        data={ROOT_CAUSE_CODES.map((value) => ({ value, label: t(`sla.rootCause.${value}`) }))}
        value={code}
        onChange={setCode}
        error={errors.code}
        data-testid="root-cause-form-code"
      />
      <Textarea
        label={t('sla.review.text')}
        placeholder={t('sla.review.textPlaceholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={errors.text}
        autosize
        minRows={2}
        data-testid="root-cause-form-text"
      />
      <Group justify="flex-end" gap="xs">
        {rootCause && (
          <Button variant="default" size="xs" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </Button>
        )}
        <Button
          size="xs"
          onClick={() => void submit()}
          loading={save.isPending}
          data-testid="root-cause-form-save"
        >
          {t('sla.review.saveRootCause')}
        </Button>
      </Group>
    </Stack>
  );
}

function CapaSection({ workOrderId, capas }: { workOrderId: string; capas: WorkOrderSlaRecord['capas'] }) {
  const { t, i18n } = useTranslation();
  const canEdit = useCan('work_order:update');
  const [adding, setAdding] = useState(false);
  const today = istanbulToday();
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('sla.capa.title')}
        </Text>
        {canEdit && !adding && (
          <Button
            variant="subtle"
            size="compact-xs"
            leftSection={<IconPlus size={12} />}
            onClick={() => setAdding(true)}
            data-testid="capa-add"
          >
            {t('sla.capa.add')}
          </Button>
        )}
      </Group>
      {capas.length === 0 && !adding && (
        <Text fz="sm" c="dimmed">
          {t('sla.capa.none')}
        </Text>
      )}
      {capas.map((capa) => (
        <Paper key={capa.id} withBorder p="xs" data-testid="capa-item">
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {capa.action}
          </Text>
          <Group justify="space-between" mt={6} wrap="nowrap">
            <Text fz="xs" c={isOverdue(capa, today) ? 'red' : 'dimmed'}>
              {capa.ownerName ?? '—'} · {formatDate(capa.dueDate, i18n.resolvedLanguage)}
            </Text>
            <CapaStatusSelect capa={capa} readOnly={!canEdit} />
          </Group>
        </Paper>
      ))}
      {adding && <CapaForm workOrderId={workOrderId} onDone={() => setAdding(false)} />}
    </Stack>
  );
}
