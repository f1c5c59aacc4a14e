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
      ],
      nextCursor: 'eyJ2IjoieCJ9',
    };
    const zodJson = JSON.stringify(z.encode(workOrderListPageSchema, page as never));
    expect(compileFastSerializer(workOrderListPageSchema)(page)).toBe(zodJson);
    const empty = { items: [], nextCursor: null };
    expect(compileFastSerializer(workOrderListPageSchema)(empty)).toBe(JSON.stringify(empty));
  });
});
