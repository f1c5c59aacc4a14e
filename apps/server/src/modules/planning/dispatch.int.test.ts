// Booking a visit dispatches the order: its technician is assigned (so they see it, in the web and
// the field app, and may work it) and an order still in planning moves to "assigned". Moving the
// visit hands the order over; a technician keeps it while another visit of theirs remains.
import type { WorkOrderDetail } from '@usta/contracts/work-orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { buildWorld, call, ist, ok, PLANNER } from './test-support.ts';

let usta: TestUsta;
let world: Awaited<ReturnType<typeof buildWorld>>;
const DAY = '2027-03-15';
const TECH1 = 'teknisyen1@demo.usta';
const TECH2 = 'teknisyen2@demo.usta';

beforeAll(async () => {
  usta = await createTestUsta();
  world = await buildWorld(usta);
});
afterAll(() => usta?.close());

const book = (workOrderId: string, technicianId: string, from: string, to: string) =>
  ok<{ id: string; version: number }>(usta, PLANNER, 'POST', '/api/v1/visits', {
    workOrderId,
    technicianId,
    plannedStart: ist(DAY, from),
    plannedEnd: ist(DAY, to),
  });
const order = (id: string) => ok<WorkOrderDetail>(usta, PLANNER, 'GET', `/api/v1/work-orders/${id}`);
const seenBy = async (email: string, id: string) =>
  (await call(usta, email, 'GET', `/api/v1/work-orders/${id}`)).statusCode;

describe('a booked visit dispatches its order', () => {
  it('assigns the technician and moves a to-plan order to assigned, once', async () => {
    // No category: no skill needed, so both demo technicians may take it.
    const id = await world.order(world.kadikoy.id, 'P3', null);
    const before = await order(id);
    expect(before).toMatchObject({ phase: 'intake', technicianIds: [] });
    expect(await seenBy(TECH1, id)).toBe(404);

    await book(id, world.tech1, '09:00', '10:00');
    const after = await order(id);
    expect(after).toMatchObject({ phase: 'assignment', status: 'assigned', technicianIds: [world.tech1] });
    expect(await seenBy(TECH1, id)).toBe(200);
    const kinds = after.activities.map((a) => `${a.kind}:${a.toStatus ?? ''}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['assignment:', 'status_change:to_plan', 'status_change:assigned']),
    );

    // A second visit of the same technician changes nothing on the order.
    await book(id, world.tech1, '14:00', '15:00');
    const again = await order(id);
    expect(again.version).toBe(after.version);
    expect(again.technicianIds).toEqual([world.tech1]);
  });

  it('moving a visit hands the order over, unless the first technician still has another visit', async () => {
    const id = await world.order(world.besiktas.id, 'P3', null);
    // (tech1 holds 09:00 and 14:00 from the first test.)
    const morning = await book(id, world.tech1, '10:30', '11:30');
    const afternoon = await book(id, world.tech1, '15:30', '16:30');

    // One of two visits moves to tech2: both are on the order now.
    await ok(usta, PLANNER, 'PATCH', `/api/v1/visits/${afternoon.id}`, {
      technicianId: world.tech2,
      version: afternoon.version,
    });
    expect((await order(id)).technicianIds).toEqual([world.tech1, world.tech2]);

    // The last one moves too: tech1 is off the order and no longer sees it.
    await ok(usta, PLANNER, 'PATCH', `/api/v1/visits/${morning.id}`, {
      technicianId: world.tech2,
      plannedStart: ist(DAY, '11:30'),
      plannedEnd: ist(DAY, '12:30'),
      version: morning.version,
    });
    const handedOver = await order(id);
    expect(handedOver.technicianIds).toEqual([world.tech2]);
    expect(handedOver.phase).toBe('assignment');
    expect(await seenBy(TECH1, id)).toBe(404);
    expect(await seenBy(TECH2, id)).toBe(200);
  });

  it('a refused booking assigns nothing', async () => {
    const id = await world.order(world.kadikoy.id);
    // tech2's kombi level is 1, the category needs 2.
    const refused = await call(usta, PLANNER, 'POST', '/api/v1/visits', {
      workOrderId: id,
      technicianId: world.tech2,
      plannedStart: ist(DAY, '16:00'),
      plannedEnd: ist(DAY, '17:00'),
    });
    expect(refused.statusCode).toBe(422);
    expect(await order(id)).toMatchObject({ phase: 'intake', technicianIds: [] });
  });
});
