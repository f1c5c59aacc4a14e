import type { StockLevel, Warehouse } from '@usta/contracts/stock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';

let usta: TestUsta;
beforeAll(async () => {
  usta = await createTestUsta();
});
afterAll(() => usta.close());

const get = async (url: string, email: string) =>
  usta.app.inject({ method: 'GET', url, headers: await usta.as(email) });

describe('stock', () => {
  it('lists items, the main warehouse and a van per demo technician with its stock', async () => {
    const items = (await get('/api/v1/stock/items', 'depo@demo.usta')).json().items;
    expect(items.map((i: { code: string }) => i.code)).toContain('PMP-100');
    const warehouses = (await get('/api/v1/stock/warehouses', 'depo@demo.usta')).json<{
      items: Warehouse[];
    }>().items;
    expect(warehouses.filter((w) => w.kind === 'van')).toHaveLength(2);
    const van = warehouses.find((w) => w.kind === 'van')!;
    const levels = (await get(`/api/v1/stock/levels?warehouseId=${van.id}`, 'teknisyen1@demo.usta')).json<{
      items: StockLevel[];
    }>().items;
    const pump = levels.find((l) => l.itemCode === 'PMP-100')!;
    expect(pump.quantity).toBe(2);
    expect(pump.serialNumbers).toHaveLength(2);
  });

  it('needs stock:read, and another company’s warehouse answers 404', async () => {
    expect((await get('/api/v1/stock/items', 'cagri@demo.usta')).statusCode).toBe(403);
    const warehouses = (await get('/api/v1/stock/warehouses', 'depo@demo.usta')).json<{
      items: Warehouse[];
    }>().items;
    await usta.createOrganization('diger');
    const foreign = await get(
      `/api/v1/stock/levels?warehouseId=${warehouses[0]!.id}`,
      'warehouse@diger.test',
    );
    expect(foreign.statusCode).toBe(404);
  });
});
