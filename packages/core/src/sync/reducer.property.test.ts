import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Permission } from '../access/index.ts';
import type { CoreSyncCommand } from './commands.ts';
import { REPORT_FIELDS, type ReportField } from './fields.ts';
import {
  applyBatch,
  applyOfficeEdit,
  convergentView,
  type OfficeEdit,
  type SyncActor,
  type SyncModel,
  type SyncModelOrder,
} from './reducer.ts';
import { FIELD_STEPS } from './steps.ts';

const TECH = 'tech-1';
const ORDERS = ['order-1', 'order-2'] as const;
const T0 = Date.parse('2026-12-03T08:00:00Z');
const actor: SyncActor = {
  userId: TECH,
  permissions: new Set<Permission>(['work_order:read', 'work_order:work']),
};

function order(id: string): SyncModelOrder {
  const empty = { value: null, changedAt: 0, source: 'office' as const, writerId: '', version: 1 };
  return {
    id,
    phase: 'assignment',
    resumePhase: null,
    diagnosis: null,
    workDone: null,
    approvalId: null,
    version: 1,
    technicianIds: [TECH],
    fields: { diagnosis: empty, workDone: empty, resolutionCode: empty },
    steps: { arrivedAt: null, workStartedAt: null },
    timeEntryCommandIds: new Set(),
    records: {},
  };
}

const initial: SyncModel = {
  orders: Object.fromEntries(ORDERS.map((id) => [id, order(id)])),
  processed: {},
  stock: { 'van-1|item-1': 10_000, 'van-1|item-2': 3_000 },
  items: { 'item-1': { serialTracked: false }, 'item-2': { serialTracked: true } },
  vans: { [TECH]: 'van-1' },
  attachments: { 'photo-1': true },
};

const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString();
const textArb = fc.constantFrom(null, 'Kart arızalı', 'Pompa tıkalı', 'Röle değiştirildi', 'R-12');

/** A command without its id and order (filled in by position), of any kind, good or bad. */
const payloadArb: fc.Arbitrary<
  Omit<CoreSyncCommand, 'commandId' | 'deviceId' | 'workOrderId' | 'baseVersion'>
> = fc.oneof(
  fc.record({
    type: fc.constant('record_diagnosis' as const),
    createdAt: fc.integer({ min: 0, max: 300 }).map(at),
    payload: fc.record({ diagnosis: textArb, workDone: textArb }, { requiredKeys: [] }),
  }),
  fc.record({
    type: fc.constant('add_note' as const),
    createdAt: fc.constant(at(1)),
    payload: fc.record({ text: fc.constant('not'), visibility: fc.constant('internal' as const) }),
  }),
  fc.record({
    type: fc.constant('use_part' as const),
    createdAt: fc.constant(at(2)),
    payload: fc.record({
      itemId: fc.constantFrom('item-1', 'item-2', 'item-unknown'),
      quantity: fc.integer({ min: 1, max: 3_000 }).map((n) => n / 1000),
      serialNumber: fc.option(fc.constant('SN-1'), { nil: undefined }),
    }),
  }),
  fc.record({
    type: fc.constant('add_photo' as const),
    createdAt: fc.constant(at(3)),
    payload: fc.record({ attachmentId: fc.constantFrom('photo-1', 'photo-missing') }),
  }),
  fc.record({
    type: fc.constant('add_time_entry' as const),
    createdAt: fc.constant(at(4)),
    payload: fc.constant({ startedAt: at(0), endedAt: at(30) }),
  }),
  fc.record({
    type: fc.constant('capture_signature' as const),
    createdAt: fc.constant(at(5)),
    payload: fc.constant({ signerName: 'Ayşe Yılmaz', imageDataUrl: 'data:image/png;base64,AAAA' }),
  }),
);

/** One device's queue: per order the status steps in lifecycle order, mixed with other commands. */
const queueArb = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...ORDERS, 'order-unknown'), payloadArb), { maxLength: 14 }),
    fc.subarray([...FIELD_STEPS]),
    fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  )
  .map(([others, steps, positions]) => {
    const list: [string, Omit<CoreSyncCommand, 'commandId' | 'deviceId' | 'workOrderId' | 'baseVersion'>][] =
      [...others];
    // Steps keep their order; each goes in at some position after the one before.
    let floor = 0;
    steps.forEach((step, index) => {
      const position = Math.min(list.length, floor + ((positions[index] ?? 0) % (list.length - floor + 1)));
      list.splice(position, 0, [
        'order-1',
        { type: 'set_status', createdAt: at(10 + index * 20), payload: { step } },
      ]);
      floor = position + 1;
    });
    return list.map(
      ([workOrderId, rest], index) =>
        ({
          ...rest,
          commandId: `cmd-${index}`,
          deviceId: 'phone',
          workOrderId,
          baseVersion: 1,
        }) as CoreSyncCommand,
    );
  });

const officeEditArb: fc.Arbitrary<OfficeEdit> = fc.oneof(
  fc.record({
    type: fc.constant('edit_field' as const),
    workOrderId: fc.constantFrom(...ORDERS),
    field: fc.constantFrom<ReportField>(...REPORT_FIELDS),
    value: textArb,
    at: fc.integer({ min: 0, max: 300 }).map((m) => T0 + m * 60_000),
    editId: fc.uuid(),
  }),
  fc.record({
    type: fc.constant('add_note' as const),
    workOrderId: fc.constantFrom(...ORDERS),
    editId: fc.uuid(),
  }),
);

/** Batches cut from the queue, then a delivery plan: each batch sent in order, some sent again later. */
const scenarioArb = queueArb.chain((queue) =>
  fc.record({
    queue: fc.constant(queue),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, queue.length - 1) }), { maxLength: 4 }),
    replays: fc.array(fc.nat(), { maxLength: 4 }),
    edits: fc.array(officeEditArb, { maxLength: 8 }),
    interleave: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
  }),
);

function batchesOf(queue: CoreSyncCommand[], cuts: number[]): CoreSyncCommand[][] {
  const points = [0, ...[...cuts].sort((a, b) => a - b).filter((c) => c < queue.length), queue.length];
  const batches: CoreSyncCommand[][] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const batch = queue.slice(points[i], points[i + 1]);
    if (batch.length > 0) batches.push(batch);
  }
  return batches;
}

type Event = { kind: 'batch'; batch: CoreSyncCommand[] } | { kind: 'edit'; edit: OfficeEdit };

/** The deliveries (with replays of earlier batches, and a lost answer re-sent) merged with office edits. */
function plan(s: {
  queue: CoreSyncCommand[];
  cuts: number[];
  replays: number[];
  edits: OfficeEdit[];
  interleave: boolean[];
}) {
  const batches = batchesOf(s.queue, s.cuts);
  const deliveries: CoreSyncCommand[][] = [];
  batches.forEach((batch, index) => {
    deliveries.push(batch);
    const replay = s.replays[index];
    if (replay !== undefined) deliveries.push(batches[replay % (index + 1)] ?? batch);
  });
  const events: Event[] = [];
  let d = 0;
  let e = 0;
  for (const pickEdit of s.interleave) {
    if (pickEdit && e < s.edits.length) events.push({ kind: 'edit', edit: s.edits[e++] as OfficeEdit });
    else if (d < deliveries.length)
      events.push({ kind: 'batch', batch: deliveries[d++] as CoreSyncCommand[] });
  }
  while (e < s.edits.length) events.push({ kind: 'edit', edit: s.edits[e++] as OfficeEdit });
  while (d < deliveries.length) events.push({ kind: 'batch', batch: deliveries[d++] as CoreSyncCommand[] });
  return events;
}

function run(model: SyncModel, events: Event[]): SyncModel {
  let current = model;
  for (const event of events) {
    current =
      event.kind === 'edit'
        ? applyOfficeEdit(current, event.edit)
        : applyBatch(current, event.batch, actor).model;
  }
  return current;
}

describe('sync reducer (property)', () => {
  it('converges: any interleaving of office edits and replayed batches gives the same record state', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const reference = run(initial, [
          ...scenario.edits.map((edit): Event => ({ kind: 'edit', edit })),
          { kind: 'batch', batch: scenario.queue },
        ]);
        const interleaved = run(initial, plan(scenario));
        expect(convergentView(interleaved)).toEqual(convergentView(reference));
      }),
      { numRuns: 300 },
    );
  });

  it('replaying a batch twice changes nothing and answers every command as a duplicate', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (scenario, pick) => {
        const events = plan(scenario);
        const model = run(initial, events);
        const batches = events.filter((e): e is Extract<Event, { kind: 'batch' }> => e.kind === 'batch');
        const again = batches[pick % Math.max(1, batches.length)]?.batch ?? [];
        const replay = applyBatch(model, again, actor);
        expect(replay.model).toEqual(model);
        for (const result of replay.results) {
          expect(result.duplicate).toBe(true);
          expect(result).toMatchObject(model.processed[result.commandId] ?? {});
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stock is debited once per applied part command, whatever the replays', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const model = run(initial, plan(scenario));
        const used = scenario.queue.filter(
          (c) => c.type === 'use_part' && model.processed[c.commandId]?.status === 'applied',
        );
        for (const item of ['item-1', 'item-2']) {
          const debited = used
            .filter((c) => c.type === 'use_part' && c.payload.itemId === item)
            .reduce((sum, c) => sum + Math.round((c.payload as { quantity: number }).quantity * 1000), 0);
          expect((initial.stock[`van-1|${item}`] ?? 0) - (model.stock[`van-1|${item}`] ?? 0)).toBe(debited);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('after the office cancels, status steps are refused and appended records still arrive', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (scenario, cutAt) => {
        const events = plan(scenario);
        const position = cutAt % (events.length + 1);
        const withCancel: Event[] = [
          ...events.slice(0, position),
          { kind: 'edit', edit: { type: 'cancel', workOrderId: 'order-1' } },
          ...events.slice(position),
        ];
        const before = run(initial, events.slice(0, position));
        const model = run(initial, withCancel);
        expect(model.orders['order-1']?.phase).toBe('cancelled');
        for (const command of scenario.queue) {
          const outcome = model.processed[command.commandId];
          if (command.workOrderId !== 'order-1' || before.processed[command.commandId]) continue;
          if (command.type === 'set_status' && command.payload.step !== 'work_finished') {
            expect(outcome?.code).toBe('ORDER_FINISHED');
          }
          if (command.type === 'add_note' || command.type === 'add_time_entry') {
            expect(outcome?.status).toBe('applied');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a withdrawn assignment rejects every later command and debits nothing more', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const unassigned = applyOfficeEdit(initial, {
          type: 'unassign',
          workOrderId: 'order-1',
          technicianId: TECH,
        });
        const { model } = applyBatch(unassigned, scenario.queue, actor);
        for (const command of scenario.queue.filter((c) => c.workOrderId === 'order-1')) {
          expect(model.processed[command.commandId]?.code).toBe('NOT_ASSIGNED');
        }
        expect(model.orders['order-1']?.records).toEqual({});
      }),
      { numRuns: 100 },
    );
  });
});
