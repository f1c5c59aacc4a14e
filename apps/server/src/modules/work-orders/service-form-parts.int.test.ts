// The printed service form lists the parts used on the order (stock module), with serials and
// units in the form's language, after the labour lines' placeholders were all it had before.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { extractPdfText } from '../service-forms/test-support/extract-pdf-text.ts';
import { findVanWarehouse, listStockItems, recordPartUse } from '../stock/index.ts';
import { createWorkOrder } from './create-work-order.ts';
import { actorFor, makeCustomer } from './test-fixtures.ts';

let usta: TestUsta;
beforeAll(async () => {
  usta = await createTestUsta();
});
afterAll(() => usta?.close());

it('prints each part used: code, name with its serial, quantity in the unit of the form', async () => {
  const desk = await actorFor(usta, 'cagri@demo.usta');
  const technician = await actorFor(usta, 'teknisyen1@demo.usta');
  const customer = await makeCustomer(usta, desk, 'Parça Yazdırma Ltd.');
  const planner = await actorFor(usta, 'planlama@demo.usta');
  const workOrder = await createWorkOrder(usta.db, planner, {
    customerId: customer.id,
    channel: 'phone',
    type: 'fault',
    complaint: 'Kombi çalışmıyor',
    technicianIds: [technician.userId],
  });
  const { items } = await listStockItems(usta.db, desk);
  const van = await findVanWarehouse(usta.db, desk.organizationId, technician.userId);
  expect(van, 'the demo technician has a van').toBeTruthy();
  const byCode = (code: string) => items.find((item) => item.code === code)!;
  await usta.db.transaction(async (tx) => {
    for (const [code, quantity, serialNumber] of [
      ['PMP-100', 1, 'PMP-SN-4711'],
      ['KBL-25', 2.5, null],
    ] as const) {
      await recordPartUse(tx, technician, {
        workOrderId: workOrder.id,
        warehouseId: van!.id,
        itemId: byCode(code).id,
        quantity,
        serialNumber,
        commandId: null,
      });
    }
  });
  const response = await usta.app.inject({
    method: 'GET',
    url: `/api/v1/work-orders/${workOrder.id}/service-form.pdf`,
    headers: await usta.as('cagri@demo.usta'),
  });
  expect(response.statusCode).toBe(200);
  const text = extractPdfText(response.rawPayload).pages.join('\n');
  expect(text).toContain('Kullanılan parçalar');
  expect(text).toContain('PMP-100');
  expect(text).toContain('Sirkülasyon pompası (S/N PMP-SN-4711)');
  expect(text).toContain('1 adet');
  expect(text).toContain('KBL-25');
  expect(text).toContain('2,5 m');
});
