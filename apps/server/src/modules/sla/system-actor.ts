import type { Actor } from '../../http/access.ts';

/**
 * Who the escalation job acts as: no user (activities and audit events show "SLA" with no
 * actor id), reading every order of its own organisation.
 */
export function slaSystemActor(organizationId: string): Actor {
  return {
    userId: null as unknown as string,
    organizationId,
    name: 'SLA',
    permissions: new Set(['work_order:read', 'work_order:read_all']),
    requestId: null,
  };
}
