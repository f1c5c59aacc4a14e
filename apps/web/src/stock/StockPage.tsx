import { EmptyState, Paper } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session-hooks.ts';
import { OlaTasksSection } from '../ola/OlaTasksSection.tsx';
import { PageHeader } from '../pages/PageHeader.tsx';
import { usePageTitle } from '../pages/use-page-title.ts';

/** Depo: the warehouse's queue of parts to ship, each against its internal target (OLA). */
export function StockPage() {
  const { t } = useTranslation();
  usePageTitle(t('areas.stock.label'));
  // Technicians read stock (their van) but not the company's whole queue.
  const canReadQueue = useCan('work_order:read_all');
  return (
    <>
      <PageHeader title={t('areas.stock.label')} description={t('ola.stockDescription')} />
      <Paper withBorder p="md">
        {canReadQueue ? (
          <OlaTasksSection
            kind="part_shipment"
            title={t('ola.shipmentsTitle')}
            subtitle={t('ola.shipmentsSubtitle')}
          />
        ) : (
          <EmptyState
            variant="light"
            icon={<IconTruckDelivery size={28} stroke={1.5} />}
            title={t('ola.shipmentsTitle')}
            description={t('ola.queueForWarehouse')}
            mx="auto"
            maw={480}
            data-testid="ola-no-queue"
          />
        )}
      </Paper>
    </>
  );
}
