import type { VisitOrderSummary } from '@usta/contracts/planning';
import { formatInstantWithOffset } from '@usta/core/calendar';
import type { OrderFacts } from './planning-context.ts';

export function toOrderSummary(f: OrderFacts, timeZone: string): VisitOrderSummary {
  return {
    id: f.order.id,
    number: f.order.number,
    customerId: f.order.customerId,
    customerName: f.order.customerName,
    complaint: f.order.complaint,
    priority: f.order.priority,
    status: f.order.status,
    categoryId: f.order.categoryId,
    province: f.province,
    district: f.district,
    addressLine: f.addressLine,
    location: f.location,
    dueAt: f.dueAt === null ? null : formatInstantWithOffset(f.dueAt, timeZone),
  };
}
