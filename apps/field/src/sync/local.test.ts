import { describe, expect, it } from 'vitest';
import { order } from '../../test/fixtures.ts';
import type { PendingCommand } from '../types.ts';
import { localJob, minutesBetween, vanLeft } from './local.ts';

let n = 0;
function row(
  type: PendingCommand['type'],
  payload: object,
  extra: Partial<PendingCommand> = {},
): PendingCommand {
  n += 1;
  const commandId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    seq: n,
    commandId,
    workOrderId: order().id,
    type,
    attempts: 0,
    command: {
      commandId,
      deviceId: 'field-test',
      workOrderId: order().id,
      baseVersion: 3,
      createdAt: '2026-12-03T08:00:00.000Z',
      type,
      payload,
    } as PendingCommand['command'],
    ...extra,
  };
}

describe('localJob', () => {
  it('shows the office order as is when nothing waits', () => {
    const job = localJob(order(), []);
    expect(job.nextSteps).toEqual(['en_route']);
    expect(job.lastStep).toBeNull();
    expect(job.pendingCount).toBe(0);
  });

  it('walks the lifecycle from the queued steps and computes labour from start and finish', () => {
    const queue = [
      row('set_status', { step: 'en_route', at: '2026-12-03T08:00:00.000Z' }),
      row('set_status', { step: 'arrived', at: '2026-12-03T08:30:00.000Z' }),
      row('set_status', { step: 'work_started', at: '2026-12-03T08:35:00.000Z' }),
    ];
    expect(localJob(order(), queue).nextSteps).toEqual(['work_finished']);
    const finish = row('set_status', { step: 'work_finished', at: '2026-12-03T09:20:00.000Z' });
    const job = localJob(order(), [...queue, finish]);
    expect(job.nextSteps).toEqual([]);
    expect(job.lastStep).toBe('work_finished');
    expect(job.labourMinutes).toBe(45);
    expect(job.finishCommandId).toBe(finish.commandId);
  });

  it('takes the corrected labour entry over the automatic one', () => {
    const finish = row('set_status', { step: 'work_finished', at: '2026-12-03T09:20:00.000Z' });
    const queue = [
      row('set_status', { step: 'work_started', at: '2026-12-03T08:35:00.000Z' }),
      finish,
      row('add_time_entry', {
        startedAt: '2026-12-03T08:35:00.000Z',
        endedAt: '2026-12-03T09:35:00.000Z',
        correctsCommandId: finish.commandId,
      }),
    ];
    expect(localJob(order(), queue).labourMinutes).toBe(60);
  });

  it('puts queued diagnosis, parts and signature on top of the office data', () => {
    const base = order({
      diagnosis: 'office text',
      parts: [
        {
          id: '00000000-0000-4000-8000-0000000000a1',
          workOrderId: order().id,
          itemId: '00000000-0000-4000-8000-0000000000b1',
          itemCode: 'CNT-1',
          itemName: 'Conta',
          unit: 'piece',
          quantity: 1,
          serialNumber: null,
          warehouseId: '00000000-0000-4000-8000-0000000000c1',
          usedBy: null,
          commandId: null,
          createdAt: '2026-12-03T06:00:00.000Z',
        },
      ],
    });
    const job = localJob(base, [
      row('record_diagnosis', { diagnosis: 'pump seal worn', resolutionCode: 'R1' }),
      row('use_part', { itemId: 'x', quantity: 2 }, { label: 'Pompa' }),
      row('capture_signature', { signerName: 'Ayşe', imageDataUrl: 'data:image/png;base64,AA==' }),
    ]);
    expect(job.diagnosis).toBe('pump seal worn');
    expect(job.resolutionCode).toBe('R1');
    expect(job.parts.map((p) => [p.name, p.quantity, p.pending])).toEqual([
      ['Conta', 1, false],
      ['Pompa', 2, true],
    ]);
    expect(job.signature).toEqual({ signerName: 'Ayşe', pending: true });
  });

  it('after the steps were sent, goes on past the furthest step this phone reported', () => {
    const onSite = order({ phase: 'on_site', nextSteps: ['work_started', 'work_finished'] });
    expect(localJob(onSite, []).nextSteps).toEqual(['work_started']);
    const history = {
      times: {
        en_route: '2026-12-03T08:00:00.000Z',
        arrived: '2026-12-03T08:30:00.000Z',
        work_started: '2026-12-03T08:35:00.000Z',
      },
    };
    const job = localJob(onSite, [], [], history);
    expect(job.nextSteps).toEqual(['work_finished']);
    expect(job.lastStep).toBe('work_started');
    // The office moved the order back to planning: the server's steps win.
    const replanned = order({ phase: 'planning', nextSteps: [] });
    expect(localJob(replanned, [], [], history).nextSteps).toEqual([]);
    // Sent but not pulled yet (the cached order is a step behind): the phone goes on.
    const stale = order({ phase: 'en_route', nextSteps: ['arrived'] });
    expect(localJob(stale, [], [], history).nextSteps).toEqual(['work_finished']);
  });

  it('ignores commands of other orders', () => {
    const other = row('set_status', { step: 'en_route' }, { workOrderId: 'other' });
    expect(localJob(order(), [other]).pendingCount).toBe(0);
  });
});

describe('vanLeft and minutesBetween', () => {
  it('subtracts queued parts from the cached van stock', () => {
    const left = vanLeft(
      [
        { itemId: 'a', quantity: 5 },
        { itemId: 'b', quantity: 1 },
      ],
      [row('use_part', { itemId: 'a', quantity: 2 }), row('use_part', { itemId: 'b', quantity: 2 })],
    );
    expect(left.get('a')).toBe(3);
    expect(left.get('b')).toBe(-1);
  });

  it('never gives negative minutes', () => {
    expect(minutesBetween('2026-12-03T10:00:00Z', '2026-12-03T09:00:00Z')).toBe(0);
    expect(minutesBetween('2026-12-03T09:00:00Z', '2026-12-03T09:29:40Z')).toBe(30);
  });
});
