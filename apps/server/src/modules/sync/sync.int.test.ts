import type { StockLevel, Warehouse } from '@usta/contracts/stock';
import type { SyncChanges } from '@usta/contracts/sync';
import type { WorkOrderDetail } from '@usta/contracts/work-orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { assignedOrder, call, command, type SyncFixture, sync, syncFixture } from './test-support.ts';

let usta: TestUsta;
let f: SyncFixture;
let items: { id: string; code: string; serialTracked: boolean }[];
let van: Warehouse;

beforeAll(async () => {
  usta = await createTestUsta();
  f = await syncFixture(usta);
  items = (await call(usta, 'GET', '/api/v1/stock/items', f.tech, undefined)).json().items;
  const warehouses = (await call(usta, 'GET', '/api/v1/stock/warehouses', f.tech)).json<{
    items: Warehouse[];
  }>();
  van = warehouses.items.find((w) => w.technicianId === f.techId)!;
});
afterAll(() => usta.close());

const item = (code: string) => items.find((i) => i.code === code)!;

async function vanLevel(code: string): Promise<number> {
  const response = await call(usta, 'GET', `/api/v1/stock/levels?warehouseId=${van.id}`, f.tech);
  const level = response.json<{ items: StockLevel[] }>().items.find((l) => l.itemCode === code);
  return level?.quantity ?? 0;
}

async function detail(id: string): Promise<WorkOrderDetail> {
  return (await call(usta, 'GET', `/api/v1/work-orders/${id}`, f.desk)).json<WorkOrderDetail>();
}

describe('POST /sync/commands', () => {
  it('applies a day’s work once; the same batch again changes nothing', async () => {
    const order = await assignedOrder(usta, f);
    const before = await vanLevel('FLT-001');
    const batch = [
      command(order.id, 'set_status', { step: 'en_route' }),
      command(order.id, 'set_status', { step: 'arrived', location: { lat: 40.98, lng: 29.03 } }),
      command(order.id, 'set_status', { step: 'work_started' }),
      command(order.id, 'record_diagnosis', {
        diagnosis: 'Pompa tıkalı',
        workDone: 'Filtre değişti',
        resolutionCode: 'R-12',
      }),
      command(order.id, 'use_part', { itemId: item('FLT-001').id, quantity: 2 }),
      command(order.id, 'add_note', { text: 'Müşteri evde değildi, komşudan anahtar alındı' }),
      command(order.id, 'capture_signature', {
        signerName: 'Ayşe Kaya',
        imageDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
      }),
      command(order.id, 'set_status', { step: 'work_finished' }),
    ];
    const first = await sync(usta, f.tech, batch);
    expect(first.results.map((r) => [r.status, r.reason?.code ?? null])).toEqual(
      batch.map(() => ['applied', null]),
    );

    const afterFirst = await detail(order.id);
    expect(afterFirst.phase).toBe('customer_approval');
    expect(afterFirst.diagnosis).toBe('Pompa tıkalı');
    expect(afterFirst.approvalId).not.toBeNull();
    expect(await vanLevel('FLT-001')).toBe(before - 2);
    const labour = afterFirst.activities.filter((a) => a.kind === 'time_entry');
    expect(labour).toHaveLength(1);
    expect(labour[0]!.description).toContain('otomatik');

    const second = await sync(usta, f.tech, batch);
    expect(second.results.map((r) => [r.status, r.original])).toEqual(
      batch.map(() => ['duplicate', 'applied']),
    );
    const afterSecond = await detail(order.id);
    expect(afterSecond.version).toBe(afterFirst.version);
    expect(afterSecond.activities).toHaveLength(afterFirst.activities.length);
    expect(await vanLevel('FLT-001')).toBe(before - 2);
    const parts = (await call(usta, 'GET', `/api/v1/work-orders/${order.id}/parts`, f.desk)).json();
    expect(parts.items).toHaveLength(1);
    const files = (await call(usta, 'GET', `/api/v1/work-orders/${order.id}/attachments`, f.desk)).json();
    expect(files.items.map((a: { kind: string }) => a.kind)).toEqual(['signature']);

    const outbox = await usta.db.execute<{ template: string; n: number }>(
      `SELECT template, count(*)::int AS n FROM outbox_messages WHERE dedupe_key LIKE 'technician_on_the_way:${order.id}:%' GROUP BY template` as never,
    );
    expect(outbox.rows).toEqual([{ template: 'technician_on_the_way', n: 1 }]);
  });

  it('a bad command in the middle is rejected with its reason and the rest applies', async () => {
    const order = await assignedOrder(usta, f);
    const batch = [
      command(order.id, 'add_note', { text: 'Birinci not' }),
      command(order.id, 'use_part', { itemId: '00000000-0000-4000-8000-000000000000', quantity: 1 }),
      { commandId: 'not-a-uuid', type: 'add_note' },
      command(order.id, 'use_part', { itemId: item('PMP-100').id, quantity: 1 }),
      command('00000000-0000-4000-8000-000000000001', 'add_note', { text: 'Yok böyle iş' }),
      command(order.id, 'add_note', { text: 'Son not' }, { baseVersion: 999 }),
      command(order.id, 'add_note', { text: 'İkinci not' }),
    ];
    const { results } = await sync(usta, f.tech, batch);
    expect(results.map((r) => r.reason?.code ?? r.status)).toEqual([
      'applied',
      'ITEM_NOT_FOUND',
      'INVALID_COMMAND',
      'SERIAL_REQUIRED',
      'ORDER_NOT_FOUND',
      'BASE_VERSION_AHEAD',
      'applied',
    ]);
    expect(results[2]!.commandId).toBeNull();
    expect(results[1]!.reason?.message.tr).toContain('Malzeme');
    expect(results[1]!.reason?.action.en).toMatch(/stock list/u);
    const notes = (await detail(order.id)).activities
      .filter((a) => a.kind === 'note')
      .map((a) => a.description);
    expect(notes).toEqual(['İkinci not', 'Birinci not']);
  });

  it('the same run sent twice at once is applied once, in order; a repeated id answers as a duplicate', async () => {
    const order = await assignedOrder(usta, f);
    const notes = Array.from({ length: 12 }, (_, i) =>
      command(order.id, 'add_note', { text: `Not ${i + 1}` }),
    );
    const batch = [...notes.slice(0, 6), notes[2]!, ...notes.slice(6)];
    const [first, second] = await Promise.all([sync(usta, f.tech, batch), sync(usta, f.tech, batch)]);
    for (const { results } of [first, second]) {
      expect(results.map((r) => r.commandId)).toEqual(batch.map((c) => c.commandId));
      expect(
        results.every(
          (r) => r.status === 'applied' || (r.status === 'duplicate' && r.original === 'applied'),
        ),
      ).toBe(true);
    }
    expect(first.results[6]!.status).toBe('duplicate');
    const applied = [...first.results, ...second.results].filter((r) => r.status === 'applied').length;
    expect(applied).toBe(12);
    const written = (await detail(order.id)).activities
      .filter((a) => a.kind === 'note')
      .map((a) => a.description);
    // Each once (timeline order within one millisecond is not the point here).
    expect([...written].sort()).toEqual(notes.map((_, i) => `Not ${i + 1}`).sort());
  });

  it('rejects a status step after the office cancelled, and says why; notes still arrive', async () => {
    const order = await assignedOrder(usta, f);
    const cancel = await call(usta, 'POST', `/api/v1/work-orders/${order.id}/transitions`, f.manager, {
      to: 'cancelled',
      note: 'Müşteri vazgeçti',
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const { results } = await sync(usta, f.tech, [
      command(order.id, 'set_status', { step: 'en_route' }),
      command(order.id, 'add_note', { text: 'Kapıdayım' }),
    ]);
    expect(results[0]).toMatchObject({
      status: 'rejected',
      reason: { code: 'ORDER_FINISHED', currentStatus: 'cancelled' },
    });
    expect(results[0]!.reason?.message.en).toMatch(/cancelled/u);
    expect(results[1]!.status).toBe('applied');
  });

  it('rejects every command once the assignment is withdrawn, and debits nothing', async () => {
    const order = await assignedOrder(usta, f);
    const before = await vanLevel('KNT-220');
    const reassigned = await call(usta, 'PUT', `/api/v1/work-orders/${order.id}/assignment`, f.planner, {
      technicianIds: [f.tech2Id],
    });
    expect(reassigned.statusCode).toBe(200);
    const { results } = await sync(usta, f.tech, [
      command(order.id, 'set_status', { step: 'en_route' }),
      command(order.id, 'use_part', { itemId: item('KNT-220').id, quantity: 1 }),
    ]);
    expect(results.map((r) => r.reason?.code)).toEqual(['NOT_ASSIGNED', 'NOT_ASSIGNED']);
    expect(await vanLevel('KNT-220')).toBe(before);
  });

  it('an office edit newer than the technician’s wins, and both texts are kept', async () => {
    const order = await assignedOrder(usta, f);
    const made = command(
      order.id,
      'record_diagnosis',
      { diagnosis: 'Teknisyen: pompa' },
      {
        baseVersion: order.version,
        createdAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    );
    const current = await detail(order.id);
    const edit = await call(usta, 'PATCH', `/api/v1/work-orders/${order.id}`, f.desk, {
      diagnosis: 'Ofis: kart arızası',
      version: current.version,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const { results } = await sync(usta, f.tech, [made]);
    expect(results[0]).toMatchObject({
      status: 'applied',
      conflicts: [
        { field: 'diagnosis', yours: 'Teknisyen: pompa', theirs: 'Ofis: kart arızası', winner: 'theirs' },
      ],
    });
    const after = await detail(order.id);
    expect(after.diagnosis).toBe('Ofis: kart arızası');
    expect(after.activities.some((a) => a.description?.includes('Teknisyen: pompa'))).toBe(true);

    const later = command(
      order.id,
      'record_diagnosis',
      { diagnosis: 'Teknisyen: pompa ve kart' },
      {
        createdAt: new Date(Date.now() + 1_000).toISOString(),
      },
    );
    const second = await sync(usta, f.tech, [later]);
    expect(second.results[0]!.conflicts[0]).toMatchObject({ winner: 'yours' });
    expect((await detail(order.id)).diagnosis).toBe('Teknisyen: pompa ve kart');
  });

  it('another company’s order answers like a missing one', async () => {
    await usta.createOrganization('rakip');
    const other = await usta.as('technician@rakip.test');
    const order = await assignedOrder(usta, f);
    const { results } = await sync(usta, other, [command(order.id, 'add_note', { text: 'x' })]);
    expect(results[0]!.reason?.code).toBe('ORDER_NOT_FOUND');
  });
});

describe('QR confirmation', () => {
  it('the customer confirms with the token once; the order gets the approval', async () => {
    const order = await assignedOrder(usta, f);
    const token = 'qr_TOKEN_abcdefghijklmnop_1234';
    const { results } = await sync(usta, f.tech, [
      command(order.id, 'set_status', { step: 'arrived' }),
      command(order.id, 'request_customer_confirmation', { token }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const view = await usta.app.inject({ method: 'GET', url: `/api/v1/public/confirmations/${token}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ number: order.number, confirmedAt: null });
    for (let i = 0; i < 2; i += 1) {
      const confirmed = await usta.app.inject({
        method: 'POST',
        url: `/api/v1/public/confirmations/${token}`,
        payload: { name: 'Ayşe Kaya' },
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect(confirmed.json()).toMatchObject({ confirmedName: 'Ayşe Kaya' });
    }
    const after = await detail(order.id);
    expect(after.approvalId).not.toBeNull();
    expect(after.activities.filter((a) => a.kind === 'approval')).toHaveLength(1);
    const unknown = await usta.app.inject({
      method: 'GET',
      url: '/api/v1/public/confirmations/nope_nope_nope_nope_nope_nope',
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('GET /sync/changes', () => {
  it('loads the technician’s open orders with customer, device, history and van stock', async () => {
    const order = await assignedOrder(usta, f);
    const response = await call(usta, 'GET', '/api/v1/sync/changes', f.tech);
    expect(response.statusCode, response.body).toBe(200);
    const day = response.json<SyncChanges>();
    expect(day.full).toBe(true);
    const mine = day.orders.find((o) => o.id === order.id)!;
    expect(mine.customer.name).toBe('Ayşe Kaya');
    expect(mine.address?.text).toContain('Kadıköy');
    expect(mine.device?.warrantyStatus).toBe('in_warranty');
    expect(mine.nextSteps).toEqual(['en_route', 'arrived']);
    expect(day.activeOrderIds).toContain(order.id);
    expect(day.stock.vanWarehouse?.id).toBe(van.id);
    expect(day.stock.levels.length).toBeGreaterThan(0);

    await sync(usta, f.tech, [command(order.id, 'add_note', { text: 'Yoldayım' })]);
    const next = (
      await call(usta, 'GET', `/api/v1/sync/changes?since=${day.cursor}`, f.tech)
    ).json<SyncChanges>();
    expect(next.full).toBe(false);
    expect(next.orders.map((o) => o.id)).toContain(order.id);
    const bad = await call(usta, 'GET', '/api/v1/sync/changes?since=garbage', f.tech);
    expect(bad.statusCode).toBe(400);
  });
});
