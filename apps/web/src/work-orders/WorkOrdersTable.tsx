import { Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { WorkOrderListItem } from '@usta/contracts/work-orders';
import { useTranslation } from 'react-i18next';
import { SlaListCell } from '../sla/SlaListCell.tsx';
import { AnchorLink } from './AnchorLink.tsx';
import { formatDate, formatDateTime } from './format.ts';
import { PriorityBadge } from './PriorityBadge.tsx';
import { SortableTh } from './SortableTh.tsx';
import { StatusBadge } from './StatusBadge.tsx';

interface WorkOrdersTableProps {
  orders: WorkOrderListItem[];
  sort: string;
  onSort: (column: string) => void;
  /** On a customer's own page the customer column would repeat one name; show the complaint alone. */
  hideCustomer?: boolean;
}

/** Dense enough for 1366×768: one line per order, the status colour down the left edge. */
export function WorkOrdersTable({ orders, sort, onSort, hideCustomer = false }: WorkOrdersTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const locale = i18n.resolvedLanguage;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing={8} horizontalSpacing="sm" highlightOnHover fz="sm" data-testid="wo-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh column="number" sort={sort} onSort={onSort} w={150}>
              {t('workOrders.columns.number')}
            </SortableTh>
            <Table.Th w={160}>{t('workOrders.columns.status')}</Table.Th>
            <SortableTh column="priority" sort={sort} onSort={onSort} w={76}>
              {t('workOrders.columns.priority')}
            </SortableTh>
            <SortableTh column="slaDue" sort={sort} onSort={onSort} w={112}>
              {t('sla.column')}
            </SortableTh>
            <Table.Th>
              {t(hideCustomer ? 'workOrders.columns.complaint' : 'workOrders.columns.customerComplaint')}
            </Table.Th>
            <Table.Th w={100}>{t('workOrders.columns.deviceType')}</Table.Th>
            <SortableTh column="requestedDate" sort={sort} onSort={onSort} w={100}>
              {t('workOrders.columns.requested')}
            </SortableTh>
            <SortableTh column="createdAt" sort={sort} onSort={onSort} w={132}>
              {t('workOrders.columns.created')}
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={8}>
                <Text c="dimmed" ta="center" py="xl" data-testid="wo-empty">
                  {t('workOrders.list.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {orders.map((order) => (
            <Table.Tr
              key={order.id}
              data-testid={`wo-row-${order.number}`}
              style={{ cursor: 'pointer', boxShadow: `inset 4px 0 0 ${order.statusInfo.colour}` }}
              onClick={() =>
                void navigate({ to: '/work-orders/$workOrderId', params: { workOrderId: order.id } })
              }
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AnchorLink
                  to="/work-orders/$workOrderId"
                  params={{ workOrderId: order.id }}
                  fw={600}
                  fz="sm"
                  onClick={(event) => event.stopPropagation()}
                >
                  {order.number}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={order.statusInfo} size="sm" maw={150} />
              </Table.Td>
              <Table.Td>
                <PriorityBadge priority={order.priority} size="sm" />
              </Table.Td>
              <Table.Td>
                <SlaListCell summary={order.sla} />
              </Table.Td>
              <Table.Td>
                {/* Two lines: who called and what for, so neither is cut to a few letters at 1366 px. */}
                {!hideCustomer && (
                  <Text fz="sm" fw={500} lineClamp={1} title={order.customerName}>
                    {order.customerName}
                  </Text>
                )}
                <Text fz="xs" c="dimmed" lineClamp={1} title={order.complaint}>
                  {order.complaint}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" lineClamp={1}>
                  {order.deviceType ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(order.requestedDate, locale)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(order.createdAt, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
