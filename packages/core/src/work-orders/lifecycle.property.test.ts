import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Permission } from '../access/index.ts';
import {
  allowedTransitions,
  applyTransition,
  candidateTargets,
  checkTransition,
  isWaitingPhase,
  MAIN_PHASES,
  PHASES,
  type Phase,
  TRANSITIONS,
  type WorkOrderState,
} from './index.ts';

const workOrderPermissions: Permission[] = [
  'work_order:update',
  'work_order:work',
  'work_order:assign',
  'work_order:final_check',
  'work_order:cancel',
  'work_order:reopen',
];

const actorArb = fc
  .subarray(workOrderPermissions)
  .map((permissions) => ({ permissions: new Set(permissions) }));
const textArb = fc.constantFrom(null, '', '  ', 'Kart arızalı', 'Röle değiştirildi');

/** One thing that can happen to an order: a field edit, an approval, or a requested move. */
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('diagnosis' as const), text: textArb }),
  fc.record({ kind: fc.constant('workDone' as const), text: textArb }),
  fc.record({ kind: fc.constant('approve' as const) }),
  fc.record({
    kind: fc.constant('move' as const),
    to: fc.constantFrom(...PHASES),
    actor: actorArb,
    note: textArb,
  }),
  // Moves picked among the allowed ones, so long walks get deep into the lifecycle.
  fc.record({
    kind: fc.constant('allowed' as const),
    pick: fc.nat(),
    actor: actorArb,
    note: fc.constant('neden'),
  }),
  // A push along the main line by someone who may do everything, so some walks reach closed.
  {
    arbitrary: fc.record({
      kind: fc.constant('forward' as const),
      actor: fc.constant({ permissions: new Set(workOrderPermissions) }),
      note: fc.constant('neden'),
    }),
    weight: 3,
  },
);

/** The allowed target furthest along the main line (how a well-run order moves). */
function furthestAlong(options: Phase[]): Phase | undefined {
  return [...options].sort((a, b) => MAIN_PHASES.indexOf(b as never) - MAIN_PHASES.indexOf(a as never))[0];
}

const start: WorkOrderState = {
  phase: 'intake',
  resumePhase: null,
  diagnosis: null,
  workDone: null,
  approvalId: null,
};

function hasText(text: string | null): boolean {
  return text != null && text.trim() !== '';
}

function checkInvariants(order: WorkOrderState): void {
  expect(PHASES).toContain(order.phase);
  expect(order.resumePhase !== null).toBe(isWaitingPhase(order.phase));
  if (order.resumePhase) {
    expect(isWaitingPhase(order.resumePhase)).toBe(false);
    expect(['closed', 'cancelled']).not.toContain(order.resumePhase);
  }
}

describe('lifecycle properties', () => {
  it('any sequence of permitted moves keeps the invariants and never closes without the records', () => {
    let closings = 0;
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80, size: 'max' }), (steps) => {
        let order = start;
        for (const step of steps) {
          if (step.kind === 'diagnosis') order = { ...order, diagnosis: step.text };
          else if (step.kind === 'workDone') order = { ...order, workDone: step.text };
          else if (step.kind === 'approve') order = { ...order, approvalId: 'approval' };
          else {
            const options = allowedTransitions(order, step.actor);
            const to =
              step.kind === 'move'
                ? step.to
                : step.kind === 'forward'
                  ? furthestAlong(options)
                  : options[step.pick % Math.max(options.length, 1)];
            if (to === undefined) continue;
            const result = checkTransition(order, to, step.actor, { note: step.note });
            if (!result.ok) {
              expect(result.allowedTransitions).toEqual(options);
              continue;
            }
            expect(to === order.phase || candidateTargets(order).includes(to)).toBe(true);
            if (to !== order.phase) expect(options).toContain(to);
            if (to === 'closed' && order.phase !== 'closed') {
              expect(order.phase).toBe('final_check');
              expect(hasText(order.diagnosis) && hasText(order.workDone)).toBe(true);
              expect(order.approvalId).not.toBeNull();
              expect(step.actor.permissions.has('work_order:final_check')).toBe(true);
              closings++;
            }
            if (to === 'cancelled' && order.phase !== 'cancelled') expect(hasText(step.note)).toBe(true);
            order = applyTransition(order, to);
          }
          checkInvariants(order);
        }
      }),
      { numRuns: 400 },
    );
    // The walks must actually get there, or the property above proves nothing.
    expect(closings).toBeGreaterThan(10);
  });

  it('every phase the allowed list offers is accepted with a reason', () => {
    const stateArb = fc.record({
      phase: fc.constantFrom(...PHASES),
      resumePhase: fc.constantFrom<Phase | null>(null, 'planning', 'on_site', 'customer_approval'),
      diagnosis: textArb,
      workDone: textArb,
      approvalId: fc.constantFrom(null, 'a'),
    });
    fc.assert(
      fc.property(stateArb, actorArb, (order, actor) => {
        for (const to of allowedTransitions(order, actor)) {
          expect(checkTransition(order, to, actor, { note: 'neden' }).ok).toBe(true);
        }
      }),
    );
  });

  it('closed is reachable from every phase, and only through final check', () => {
    for (const phase of PHASES) {
      const seen = new Set<Phase>([phase]);
      const queue: Phase[] = [phase];
      while (queue.length > 0) {
        const next = queue.shift() as Phase;
        for (const to of TRANSITIONS[next].filter((target) => !seen.has(target))) {
          seen.add(to);
          queue.push(to);
        }
      }
      expect(seen.has('closed')).toBe(true);
    }
    for (const phase of PHASES) {
      expect(TRANSITIONS[phase].includes('closed')).toBe(phase === 'final_check');
      expect(TRANSITIONS[phase].includes('final_check')).toBe(phase === 'customer_approval');
    }
  });
});
