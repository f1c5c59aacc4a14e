import { useTranslation } from 'react-i18next';
import { statusName } from '../work-orders/StatusBadge.tsx';
import { useStatuses } from '../work-orders/use-work-orders.ts';

/** Why the clock did what it did: the phase, and the company's own status name when it differs. */
export function useReason() {
  const { t, i18n } = useTranslation();
  const statuses = useStatuses();
  return (phase: string, status: string | null | undefined): string => {
    const phaseName = t(`workOrders.phase.${phase}`, { defaultValue: phase });
    const info = status ? statuses.data?.items.find((s) => s.code === status) : undefined;
    const name = info ? statusName(info, i18n.resolvedLanguage) : null;
    const same =
      name?.toLocaleLowerCase(i18n.resolvedLanguage) === phaseName.toLocaleLowerCase(i18n.resolvedLanguage);
    return name && !same ? `${phaseName} · ${name}` : phaseName;
  };
}
