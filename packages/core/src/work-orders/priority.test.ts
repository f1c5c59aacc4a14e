import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIORITY_MATRIX,
  LEVELS,
  type PriorityMatrix,
  priorityFor,
  priorityRank,
  resolvePriority,
} from './index.ts';

describe('priorityFor', () => {
  it('follows the default matrix', () => {
    expect(priorityFor('high', 'high')).toBe('P1');
    expect(priorityFor('high', 'medium')).toBe('P2');
    expect(priorityFor('medium', 'medium')).toBe('P3');
    expect(priorityFor('low', 'low')).toBe('P4');
  });

  it('never gets less urgent when impact or urgency rises (default matrix)', () => {
    const level = fc.constantFrom(...LEVELS);
    fc.assert(
      fc.property(level, level, (impact, urgency) => {
        const here = priorityRank(priorityFor(impact, urgency));
        const higherImpact = LEVELS[Math.max(LEVELS.indexOf(impact) - 1, 0)] ?? impact;
        const higherUrgency = LEVELS[Math.max(LEVELS.indexOf(urgency) - 1, 0)] ?? urgency;
        expect(priorityRank(priorityFor(higherImpact, urgency))).toBeLessThanOrEqual(here);
        expect(priorityRank(priorityFor(impact, higherUrgency))).toBeLessThanOrEqual(here);
      }),
    );
  });

  it('uses the company matrix when given', () => {
    const strict: PriorityMatrix = {
      ...DEFAULT_PRIORITY_MATRIX,
      low: { high: 'P2', medium: 'P3', low: 'P4' },
    };
    expect(priorityFor('low', 'high', strict)).toBe('P2');
  });
});

describe('resolvePriority', () => {
  it('prefers the manual priority, then the matrix, then P3', () => {
    expect(resolvePriority({ impact: 'low', urgency: 'low', override: 'P1' })).toBe('P1');
    expect(resolvePriority({ impact: 'high', urgency: 'high' })).toBe('P1');
    expect(resolvePriority({ impact: 'high', urgency: null })).toBe('P3');
    expect(resolvePriority({})).toBe('P3');
  });
});
