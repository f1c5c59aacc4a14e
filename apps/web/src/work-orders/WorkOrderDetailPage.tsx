import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/notify.tsx';
import { BackLink, PageLoader } from '../pages/PageStates.tsx';
import { usePageTitle } from '../pages/use-page-title.ts';
import { SlotSuggestionsCard } from '../planning/slots/SlotSuggestionsCard.tsx';
import { BreachReviewCard } from '../sla/capa/BreachReviewCard.tsx';
import { EscalationPanel } from '../sla/escalations/EscalationPanel.tsx';
import { SlaCard, SlaHeaderBadge } from '../sla/SlaCard.tsx';
import { AnchorLink } from '../work-orders/AnchorLink.tsx';
import { ActivityTimeline } from './ActivityTimeline.tsx';
import { AddActivityForm } from './AddActivityForm.tsx';
import { ApprovalSection } from './ApprovalSection.tsx';
import { AssignmentCard } from './AssignmentCard.tsx';
import { OrderSummaryCard } from './OrderSummaryCard.tsx';
import { PriorityBadge } from './PriorityBadge.tsx';
import { ServiceFormButton } from './ServiceFormButton.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { TransitionButtons } from './TransitionButtons.tsx';
import { useStatuses, useWorkOrder } from './use-work-orders.ts';
import { WorkOrderEditForm } from './WorkOrderEditForm.tsx';

export function WorkOrderDetailPage({ workOrderId }: { workOrderId: string }) {
  const { t } = useTranslation();
  const detail = useWorkOrder(workOrderId);
  const statuses = useStatuses();
  const order = detail.data;
  usePageTitle(order?.number ?? t('areas.work-orders.label'));

  if (detail.isPending) {
    return <PageLoader />;
  }
  if (!order) {
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle size={18} />}
        title={t('workOrders.detail.loadFailed')}
        data-testid="wo-load-error"
      >
        <Text fz="sm" mb="sm">
          {errorMessage(detail.error)}
        </Text>
        <Button
          component={Link}
          to="/work-orders"
          variant="default"
          size="xs"
          leftSection={<IconArrowLeft size={14} />}
        >
          {t('workOrders.detail.backToList')}
        </Button>
      </Alert>
    );
  }

  return (
    <>
      <BackLink to="/work-orders">{t('workOrders.detail.backToList')}</BackLink>
      <Group justify="space-between" align="center" mt={4} mb="sm" wrap="nowrap">
        <Group gap="sm" wrap="wrap">
          <Title order={2} fz={24} data-testid="wo-number">
            {order.number}
          </Title>
          <StatusBadge status={order.statusInfo} size="lg" data-testid="wo-status" />
          <PriorityBadge priority={order.priority} size="lg" data-testid="wo-priority" />
          <SlaHeaderBadge workOrderId={order.id} />
          <Text fz="sm" c="dimmed">
            {t(`workOrders.type.${order.type}`)} · {t(`workOrders.channel.${order.channel}`)}
          </Text>
        </Group>
        <ServiceFormButton orderId={order.id} number={order.number} />
      </Group>

      {order.mergedInto && (
        <Alert color="gray" mb="sm">
          {t('workOrders.detail.mergedInto')}{' '}
          <AnchorLink to="/work-orders/$workOrderId" params={{ workOrderId: order.mergedInto.id }}>
            {order.mergedInto.number}
          </AnchorLink>
        </Alert>
      )}

      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="center" wrap="nowrap">
          <Text fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {t('workOrders.transition.title')}
          </Text>
          <TransitionButtons order={order} />
        </Group>
        <ApprovalSection order={order} />
      </Paper>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="md">
            <SlaCard workOrderId={order.id} />
            <EscalationPanel workOrderId={order.id} />
            <WorkOrderEditForm key={order.id} order={order} />
            <Paper withBorder p="md">
              <Title order={4} mb="sm">
                {t('workOrders.timeline.title')}
              </Title>
              <AddActivityForm orderId={order.id} />
              <div style={{ marginTop: 20 }}>
                <ActivityTimeline activities={order.activities} statuses={statuses.data?.items ?? []} />
              </div>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="md">
            <OrderSummaryCard order={order} />
            <BreachReviewCard workOrderId={order.id} />
            <Paper withBorder p="md">
              <Title order={5} mb="xs">
                {t('workOrders.assign.title')}
              </Title>
              <AssignmentCard order={order} />
            </Paper>
            <SlotSuggestionsCard order={order} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
