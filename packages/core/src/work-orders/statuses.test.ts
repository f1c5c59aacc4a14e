import { describe, expect, it } from 'vitest';
import {
  allowedStatuses,
  DEFAULT_WORK_ORDER_STATUSES,
  defaultStatusForPhase,
  findStatus,
  findStatusSetProblems,
  PHASES,
} from './index.ts';

describe('default statuses', () => {
  it('cover every phase with valid, unique codes', () => {
    expect(findStatusSetProblems(DEFAULT_WORK_ORDER_STATUSES)).toEqual([]);
    for (const phase of PHASES)
      expect(defaultStatusForPhase(DEFAULT_WORK_ORDER_STATUSES, phase)?.phase).toBe(phase);
  });

  it('have Turkish and English names', () => {
    expect(findStatus(DEFAULT_WORK_ORDER_STATUSES, 'final_check')).toMatchObject({
      nameTr: 'Son Kontrol',
      nameEn: 'Final check',
    });
  });
});

describe('findStatusSetProblems', () => {
  it('reports duplicates, bad codes and colours, and phases left without a status', () => {
    const edited = [
      { code: 'new', nameTr: 'Yeni', nameEn: 'New', colour: '#fff', order: 1, phase: 'intake' as const },
      { code: 'new', nameTr: 'Yeni', nameEn: 'New', colour: '#ffffff', order: 2, phase: 'intake' as const },
      {
        code: 'Bad Code',
        nameTr: 'X',
        nameEn: 'X',
        colour: '#000000',
        order: 3,
        phase: 'closed' as const,
        active: false,
      },
    ];
    const problems = findStatusSetProblems(edited);
    expect(problems).toContainEqual({ code: 'duplicate_status_code', statusCode: 'new' });
    expect(problems).toContainEqual({ code: 'invalid_colour', statusCode: 'new' });
    expect(problems).toContainEqual({ code: 'invalid_status_code', statusCode: 'Bad Code' });
    expect(problems).toContainEqual({ code: 'phase_without_status', phase: 'closed' });
    expect(problems).not.toContainEqual({ code: 'phase_without_status', phase: 'intake' });
  });
});

describe('allowedStatuses', () => {
  it('lists statuses of the allowed phases and the siblings of the current one', () => {
    const order = {
      phase: 'assignment' as const,
      status: 'assigned',
      resumePhase: null,
      diagnosis: null,
      workDone: null,
      approvalId: null,
    };
    const codes = allowedStatuses(
      order,
      { permissions: ['work_order:work'] },
      DEFAULT_WORK_ORDER_STATUSES,
    ).map((status) => status.code);
    expect(codes).toEqual([
      'to_plan',
      'appointment_set',
      'en_route',
      'on_site',
      'in_workshop',
      'waiting_customer',
      'waiting_parts',
    ]);
  });
});
