import { Select } from '@mantine/core';
import type { Capa } from '@usta/contracts/sla';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../app/notify.tsx';
import { CAPA_STATUSES } from './capa-meta.ts';
import { useUpdateCapa } from './use-capa.ts';

/** The status of a CAPA, changed in place (optimistic concurrency with its version). */
export function CapaStatusSelect({ capa, readOnly = false }: { capa: Capa; readOnly?: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateCapa();
  return (
    <Select
      size="xs"
      w={140}
      value={capa.status}
      allowDeselect={false}
      readOnly={readOnly || update.isPending}
      data={CAPA_STATUSES.map((status) => ({ value: status, label: t(`sla.capa.status.${status}`) }))}
      onChange={(status) => {
        if (!status || status === capa.status) return;
        update
          .mutateAsync({ id: capa.id, changes: { status: status as Capa['status'], version: capa.version } })
          .catch(notifyError);
      }}
      aria-label={t('sla.capa.statusLabel')}
      data-testid={`capa-status-${capa.id}`}
    />
  );
}
