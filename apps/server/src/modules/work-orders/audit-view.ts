import type { WorkOrderRow } from './work-order-repository.ts';

/** The fields of an order the audit trail records (everything a user edits, nothing derived). */
export function auditView(row: WorkOrderRow): Record<string, unknown> {
  return {
    number: row.number,
    customerId: row.customerId,
    contactId: row.contactId,
    deviceId: row.deviceId,
    serviceAddressId: row.serviceAddressId,
    channel: row.channel,
    type: row.type,
    complaint: row.complaint,
    categoryId: row.categoryId,
    impact: row.impact,
    urgency: row.urgency,
    priority: row.priority,
    status: row.status,
    phase: row.phase,
    diagnosis: row.diagnosis,
    workDone: row.workDone,
    resolutionCode: row.resolutionCode,
    approvalId: row.approvalId,
    requestedDate: row.requestedDate,
    teamId: row.teamId,
    technicianIds: row.technicianIds,
    tags: row.tags,
    customCodes: row.customCodes,
    parentId: row.parentId,
    mergedIntoId: row.mergedIntoId,
  };
}
