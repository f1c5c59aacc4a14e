import { workOrderListPageSchema } from '@usta/contracts/work-orders';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileFastSerializer } from './fast-serializer.ts';

const order = (overrides: Record<string, unknown>) => ({
  id: '0b9d4a3e-6a1f-4c7e-9d2b-1f2e3d4c5b6a',
  number: 'IE-2026-000123',
  customerId: '1b9d4a3e-6a1f-4c7e-9d2b-1f2e3d4c5b6a',
  contactId: null,
  deviceId: '2b9d4a3e-6a1f-4c7e-9d2b-1f2e3d4c5b6a',
  serviceAddressId: null,
  channel: 'phone',
  type: 'fault',
  complaint: 'Kombi "su" akıtıyor\n\\ ısıtmıyor — ğüşöç',
  categoryId: null,
  impact: 'high',
  urgency: null,
  priority: 'P2',
  status: 'to_plan',
  phase: 'planning',
  resumePhase: null,
  diagnosis: null,
  workDone: 'parça değişti',
  resolutionCode: null,
  approvalId: null,
  requestedDate: '2026-11-24',
  teamId: null,
  technicianIds: ['3b9d4a3e-6a1f-4c7e-9d2b-1f2e3d4c5b6a'],
  tags: ['acil', 'garanti'],
  customCodes: { a: 'b' },
  parentId: null,
  relatedIds: [],
  mergedIntoId: null,
  closedAt: null,
  createdAt: '2026-11-23T20:00:00.000Z',
  updatedAt: '2026-11-23T20:00:01.000Z',
  version: 3,
  statusInfo: {
    code: 'to_plan',
    phase: 'planning',
    nameTr: 'Planlanacak',
    nameEn: 'To plan',
    colour: '#228be6',
  },
  customerName: 'Ayşe Yılmaz',
  deviceType: null,
  ...overrides,
});

describe('compileFastSerializer', () => {
  it('writes the list page exactly as the Zod serializer does', () => {
    const page = {
      items: [
        order({}),
        order({ contactId: '4b9d4a3e-6a1f-4c7e-9d2b-1f2e3d4c5b6a', impact: null, customCodes: {}, tags: [] }),
        order({ sla: null }),
        order({
          sla: {
            policyId: '5b9d4a3e-6a1f-4c7e-9d2b-1f2e3d4c5b6a',
            responseDueAt: '2026-11-24T09:30:00+03:00',
            resolutionDueAt: null,
            nextDueAt: '2026-11-24T09:30:00.250+03:00',
            state: 'warning',
            paused: false,
            warned: true,
            breached: false,
            percentUsed: 81.5,
            businessTimeUsedMs: 5_400_000,
            closedOutcome: null,
            computedAt: '2026-11-23T23:00:01+03:00',
          },
        }),
        order({
          sla: {
            policyId: '5b9d4a3e-6a1f-4c7e-9d2b-1f2e3d4c5b6a',
            responseDueAt: null,
            resolutionDueAt: '2026-11-25T17:00:00+03:00',
            nextDueAt: null,
            state: 'stopped',
            paused: false,
            warned: false,
            breached: true,
            percentUsed: 120,
            businessTimeUsedMs: 0,
            closedOutcome: 'breached',
            computedAt: '2026-11-23T23:00:01+03:00',
          },
        }),
      ],
      nextCursor: 'eyJ2IjoieCJ9',
    };
    const zodJson = JSON.stringify(z.encode(workOrderListPageSchema, page as never));
    expect(compileFastSerializer(workOrderListPageSchema)(page)).toBe(zodJson);
    const empty = { items: [], nextCursor: null };
    expect(compileFastSerializer(workOrderListPageSchema)(empty)).toBe(JSON.stringify(empty));
  });
});
