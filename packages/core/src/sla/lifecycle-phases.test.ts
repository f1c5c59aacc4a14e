import { describe, expect, it } from 'vitest';
import { PHASES } from '../work-orders/index.ts';
import { createDefaultPolicy } from './default-policy.ts';

describe('the default SLA policy speaks the lifecycle’s phase codes', () => {
  it('names only phases the work-order state machine has', () => {
    const policy = createDefaultPolicy({ pauseWhileWaitingForParts: true });
    const known: readonly string[] = PHASES;
    for (const phase of [...Object.keys(policy.clockByPhase), ...policy.resolvedPhases]) {
      expect(known, phase).toContain(phase);
    }
    expect(policy.clockByPhase.waiting_customer).toBe('paused');
    expect(policy.clockByPhase.closed).toBe('stopped');
  });
});
