import { customerIdParamsSchema, customerSlaPolicySchema } from '@usta/contracts/sla';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { getCustomerPolicy } from './get-customer-policy.ts';

/** One customer's contract policy, for the customer detail page (the list pages through all). */
export function slaCustomerPolicyRoutes(app: App, { db }: AppContext) {
  app.get('/api/v1/sla/customer-policies/:customerId', {
    config: { access: { permission: 'settings:read' } },
    schema: {
      tags: ['sla'],
      summary: 'A customer’s contract policy (policyId null: the company default applies)',
      params: customerIdParamsSchema,
      response: { 200: customerSlaPolicySchema },
    },
    handler: (req) => getCustomerPolicy(db, actorOf(req), req.params.customerId),
  });
}
