import { describe, expect, it } from 'vitest';
import type { Permission } from '../access/index.ts';
import type { WorkOrderState } from '../work-orders/index.ts';
import { resolveField } from './fields.ts';
import { decideStep, labourFrom, nextSteps } from './steps.ts';

const technician = { permissions: new Set<Permission>(['work_order:read', 'work_order:work']) };
const state = (phase: WorkOrderState['phase']): WorkOrderState => ({
  phase,
  resumePhase: null,
  diagnosis: null,
  workDone: null,
  approvalId: null,
});

describe('field steps', () => {
  it('walks an assigned order through en route, arrival, start and finish', () => {
    expect(nextSteps(state('assignment'), technician)).toEqual(['en_route', 'arrived']);
    expect(decideStep(state('assignment'), 'en_route', technician)).toEqual({
      ok: true,
      to: 'en_route',
      noop: false,
    });
    expect(decideStep(state('en_route'), 'arrived', technician)).toEqual({
      ok: true,
      to: 'on_site',
      noop: false,
    });
    expect(decideStep(state('on_site'), 'work_started', technician)).toEqual({
      ok: true,
      to: null,
      noop: false,
    });
    expect(decideStep(state('on_site'), 'work_finished', technician)).toEqual({
      ok: true,
      to: 'customer_approval',
      noop: false,
    });
  });

  it('accepts a step the office already made as a no-op and refuses one on a cancelled order', () => {
    expect(decideStep(state('en_route'), 'en_route', technician)).toEqual({ ok: true, to: null, noop: true });
    expect(decideStep(state('cancelled'), 'arrived', technician)).toEqual({
      ok: false,
      code: 'ORDER_FINISHED',
    });
    expect(decideStep(state('planning'), 'en_route', technician)).toEqual({
      ok: false,
      code: 'STATUS_NOT_ALLOWED',
    });
    expect(nextSteps(state('cancelled'), technician)).toEqual([]);
  });

  it('counts labour from work start, else arrival, to finish, rounded up to the minute', () => {
    const t = Date.parse('2026-12-03T09:00:00Z');
    expect(labourFrom({ arrivedAt: t, workFinishedAt: t + 61 * 60_000 })?.minutes).toBe(61);
    expect(
      labourFrom({ arrivedAt: t, workStartedAt: t + 600_000, workFinishedAt: t + 630_001 })?.minutes,
    ).toBe(1);
    expect(labourFrom({ workFinishedAt: t })).toBeNull();
    expect(labourFrom({ arrivedAt: t, workFinishedAt: t - 1 })).toBeNull();
  });
});

describe('report field rule', () => {
  const office = {
    value: 'Ofis: kart',
    changedAt: 2_000,
    source: 'office' as const,
    writerId: 'e1',
    version: 5,
  };

  it('lets a newer office edit win and reports both values', () => {
    const outcome = resolveField(
      'diagnosis',
      office,
      { value: 'Pompa', changedAt: 1_000, source: 'field', writerId: 'c1' },
      3,
    );
    expect(outcome.write).toBe(false);
    expect(outcome.conflict).toEqual({
      yours: 'Pompa',
      theirs: 'Ofis: kart',
      winner: 'theirs',
      officeChangedAt: 2_000,
    });
  });

  it('lets a newer technician edit win, still showing the office text written meanwhile', () => {
    const outcome = resolveField(
      'diagnosis',
      office,
      { value: 'Pompa', changedAt: 3_000, source: 'field', writerId: 'c1' },
      3,
    );
    expect(outcome.write).toBe(true);
    expect(outcome.conflict?.winner).toBe('yours');
  });

  it('sees no conflict when the office text was already there when the technician started', () => {
    const outcome = resolveField(
      'diagnosis',
      office,
      { value: 'Pompa', changedAt: 3_000, source: 'field', writerId: 'c1' },
      5,
    );
    expect(outcome).toEqual({ field: 'diagnosis', write: true, conflict: null });
  });
});
