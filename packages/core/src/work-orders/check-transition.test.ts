import { describe, expect, it } from 'vitest';
import type { Permission } from '../access/index.ts';
import { allowedTransitions, applyTransition, checkTransition, type WorkOrderState } from './index.ts';

const everything: Permission[] = [
  'work_order:update',
  'work_order:work',
  'work_order:assign',
  'work_order:final_check',
  'work_order:cancel',
  'work_order:reopen',
];
const manager = { permissions: new Set(everything) };
const technician = { permissions: ['work_order:work'] as Permission[] };

function orderIn(phase: WorkOrderState['phase'], extra: Partial<WorkOrderState> = {}): WorkOrderState {
  return { phase, resumePhase: null, diagnosis: null, workDone: null, approvalId: null, ...extra };
}

const documented = {
  diagnosis: 'Kompresör rölesi arızalı',
  workDone: 'Röle değiştirildi',
  approvalId: 'a-1',
};

describe('checkTransition', () => {
  it('allows the next step of the main line', () => {
    expect(checkTransition(orderIn('intake'), 'pre_inspection', manager)).toEqual({
      ok: true,
      from: 'intake',
      to: 'pre_inspection',
      kind: 'advance',
    });
  });

  it('refuses a jump the table does not have, listing the alternatives', () => {
    const result = checkTransition(orderIn('intake'), 'closed', manager);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(!result.ok && result.allowedTransitions).toEqual([
      'pre_inspection',
      'planning',
      'waiting_customer',
      'cancelled',
    ]);
  });

  it('treats a status change within the phase as allowed', () => {
    expect(checkTransition(orderIn('assignment'), 'assignment', technician)).toMatchObject({
      ok: true,
      kind: 'same_phase',
    });
  });

  it('needs an approval record to leave customer approval forwards', () => {
    const order = orderIn('customer_approval', { ...documented, approvalId: null });
    expect(checkTransition(order, 'final_check', manager)).toMatchObject({
      ok: false,
      code: 'APPROVAL_REQUIRED',
    });
    expect(checkTransition({ ...order, approvalId: 'a-1' }, 'final_check', manager)).toMatchObject({
      ok: true,
    });
  });

  it('needs a diagnosis and the work done before final check and closing', () => {
    const order = orderIn('customer_approval', { approvalId: 'a-1' });
    expect(checkTransition(order, 'final_check', manager)).toMatchObject({ code: 'DIAGNOSIS_REQUIRED' });
    expect(checkTransition({ ...order, diagnosis: 'x' }, 'final_check', manager)).toMatchObject({
      code: 'WORK_DONE_REQUIRED',
    });
    expect(
      checkTransition({ ...order, diagnosis: ' ', workDone: 'y' }, 'final_check', manager),
    ).toMatchObject({
      code: 'DIAGNOSIS_REQUIRED',
    });
    const atCheck = orderIn('final_check', { ...documented, workDone: '' });
    expect(checkTransition(atCheck, 'closed', manager)).toMatchObject({ code: 'WORK_DONE_REQUIRED' });
  });

  it('lets only a final-check officer close', () => {
    const order = orderIn('final_check', documented);
    expect(checkTransition(order, 'closed', technician)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      requiredPermission: 'work_order:final_check',
    });
    expect(checkTransition(order, 'closed', { permissions: ['work_order:final_check'] })).toMatchObject({
      ok: true,
    });
  });

  it('needs a reason to cancel, and the cancel permission', () => {
    const order = orderIn('planning');
    expect(checkTransition(order, 'cancelled', manager)).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(checkTransition(order, 'cancelled', manager, { note: '  ' })).toMatchObject({
      code: 'REASON_REQUIRED',
    });
    expect(checkTransition(order, 'cancelled', manager, { note: 'Müşteri vazgeçti' })).toMatchObject({
      ok: true,
      kind: 'cancel',
    });
    expect(checkTransition(order, 'cancelled', technician, { note: 'x' })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('reopens a closed order for a permitted user with a reason', () => {
    const closed = orderIn('closed', documented);
    expect(checkTransition(closed, 'planning', technician, { note: 'Düşük memnuniyet' })).toMatchObject({
      code: 'FORBIDDEN',
      requiredPermission: 'work_order:reopen',
    });
    expect(checkTransition(closed, 'planning', manager)).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(checkTransition(closed, 'planning', manager, { note: 'Düşük memnuniyet' })).toMatchObject({
      ok: true,
      kind: 'reopen',
    });
    expect(applyTransition(closed, 'planning')).toMatchObject({ phase: 'planning', approvalId: null });
  });

  it('keeps assigning for planners', () => {
    expect(checkTransition(orderIn('planning'), 'assignment', technician)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      checkTransition(orderIn('planning'), 'assignment', { permissions: ['work_order:assign'] }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('waiting', () => {
  it('remembers where the order was and resumes there', () => {
    const onSite = orderIn('on_site');
    const waiting = applyTransition(onSite, 'waiting_parts');
    expect(waiting).toMatchObject({ phase: 'waiting_parts', resumePhase: 'on_site' });
    expect(allowedTransitions(waiting, technician)).toEqual(['on_site', 'planning', 'waiting_customer']);
    const stillWaiting = applyTransition(waiting, 'waiting_customer');
    expect(stillWaiting.resumePhase).toBe('on_site');
    expect(checkTransition(stillWaiting, 'on_site', technician)).toMatchObject({ ok: true, kind: 'resume' });
    expect(applyTransition(stillWaiting, 'on_site')).toMatchObject({ phase: 'on_site', resumePhase: null });
  });

  it('voids the approval when work goes back before customer approval', () => {
    const order = orderIn('customer_approval', documented);
    expect(applyTransition(order, 'parts_labour').approvalId).toBeNull();
    expect(applyTransition(order, 'waiting_customer').approvalId).toBe('a-1');
    expect(applyTransition(order, 'final_check').approvalId).toBe('a-1');
  });
});

describe('allowedTransitions', () => {
  it('leaves out what the actor may not do or the records do not allow', () => {
    expect(allowedTransitions(orderIn('final_check', documented), technician)).toEqual([
      'parts_labour',
      'planning',
    ]);
    expect(allowedTransitions(orderIn('final_check', documented), manager)).toEqual([
      'closed',
      'parts_labour',
      'planning',
      'cancelled',
    ]);
    expect(allowedTransitions(orderIn('customer_approval'), manager)).toEqual([
      'parts_labour',
      'waiting_customer',
      'cancelled',
    ]);
  });
});
