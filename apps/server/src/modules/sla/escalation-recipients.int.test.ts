import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { outboxMessages } from '../outbox/tables.ts';
import { workOrders } from '../work-orders/tables.ts';
import { actorFor, makeCustomer } from '../work-orders/test-fixtures.ts';
import { EscalationBatch } from './apply-escalation-step.ts';
import { RecipientCache, resolveRecipients } from './recipients.ts';
import { slaEscalationSteps } from './tables.ts';
import { call, openOrder } from './test-support.ts';

// "Notify the team lead": the lead of the order's team (planning module), else the planners.
process.env.SLA_ESCALATION_WORKER = 'off';

let usta: TestUsta;
let manager: Record<string, string>;
let desk: Record<string, string>;
let organizationId: string;
let customerId: string;
let leadTeam: { id: string; leadId: string };
let leaderlessTeamId: string;
let plannerIds: string[];

beforeAll(async () => {
  usta = await createTestUsta();
  manager = await usta.as('yonetici@demo.usta');
  desk = await usta.as('cagri@demo.usta');
  const actor = await actorFor(usta, 'cagri@demo.usta');
  organizationId = actor.organizationId;
  customerId = (await makeCustomer(usta, actor, 'Ayşe Demir')).id;
  const team = async (name: string) => {
    const created = await call(usta, 'POST', '/api/v1/teams', manager, { name, memberIds: [] });
    expect(created.statusCode, created.body).toBe(201);
    return created.json<{ id: string }>().id;
  };
  // The lead is set in the table (a technician profile is the planning module's business).
  const leadId = (
    await usta.db.$client.query<{ id: string }>(
      `SELECT id FROM users WHERE organization_id = $1 AND 'technician' = ANY(roles) AND active ORDER BY id LIMIT 1`,
      [organizationId],
    )
  ).rows[0]!.id;
  leadTeam = { id: await team('Lider Ekibi'), leadId };
  await usta.db.$client.query('UPDATE planning_teams SET lead_id = $1 WHERE id = $2', [leadId, leadTeam.id]);
  leaderlessTeamId = await team('Liderisiz Ekip');
  plannerIds = (
    await usta.db.$client.query<{ id: string }>(
      `SELECT id FROM users WHERE organization_id = $1 AND 'planner' = ANY(roles) AND active ORDER BY id`,
      [organizationId],
    )
  ).rows.map((r) => r.id);
  expect(plannerIds.length).toBeGreaterThan(0);
});
afterAll(() => usta.close());

const ids = (users: { id: string }[]) => users.map((u) => u.id);

describe('the team_lead recipient', () => {
  it("is the lead of the order's team, the planners when there is no team or no lead", async () => {
    const cache = new RecipientCache();
    const resolve = (teamId: string | null) =>
      resolveRecipients(usta.db, organizationId, ['team_lead'], { technicianIds: [], teamId }, cache);
    expect(ids(await resolve(leadTeam.id))).toEqual([leadTeam.leadId]);
    expect(ids(await resolve(leaderlessTeamId))).toEqual(plannerIds);
    expect(ids(await resolve(null))).toEqual(plannerIds);
    // Another company's or an unknown team: no lead found, the planners.
    expect(ids(await resolve('00000000-0000-4000-8000-000000000000'))).toEqual(plannerIds);
    // Combined with other recipients: deduplicated.
    const both = await resolveRecipients(
      usta.db,
      organizationId,
      ['team_lead', 'role:planner', `user:${leadTeam.leadId}`],
      { technicianIds: [leadTeam.leadId], teamId: leadTeam.id },
    );
    expect(ids(both)).toEqual([...new Set([...plannerIds, leadTeam.leadId])].sort());
  });

  it('mails the team lead when a notify step fires in a batch', async () => {
    const withLead = await openOrder(usta, desk, customerId, 'P3');
    const without = await openOrder(usta, desk, customerId, 'P3');
    await usta.db.update(workOrders).set({ teamId: leadTeam.id }).where(eq(workOrders.id, withLead.id));
    const stored = (
      await usta.db.$client.query<{ policy_id: string; cycle: number }>(
        'SELECT policy_id, cycle FROM work_order_sla WHERE work_order_id = $1',
        [withLead.id],
      )
    ).rows[0]!;
    const policyId = stored.policy_id;
    // A team_lead rule on the order's policy, fired for both orders in one batch.
    await usta.db.$client.query(
      `UPDATE sla_policies SET definition = jsonb_set(definition, '{escalationRules}',
         (definition->'escalationRules') || '[{"id":"lead","metric":"resolution","atPercent":10,
          "action":"notify","recipients":["team_lead"]}]'::jsonb) WHERE id = $1`,
      [policyId],
    );
    const now = new Date();
    const steps = await usta.db
      .insert(slaEscalationSteps)
      .values(
        [withLead.id, without.id].map((workOrderId) => ({
          organizationId,
          workOrderId,
          ruleId: 'lead',
          cycle: stored.cycle,
          metric: 'resolution',
          action: 'notify',
          dueAt: now,
        })),
      )
      .returning();
    await usta.db.transaction((tx) => new EscalationBatch(tx, now).applyAll(steps));
    const mailed = async (workOrderId: string) =>
      (
        await usta.db
          .select({ to: outboxMessages.recipient })
          .from(outboxMessages)
          .where(
            and(
              eq(outboxMessages.template, 'sla_escalation'),
              sql`${outboxMessages.dedupeKey} like ${`sla:${workOrderId}:lead:%`}`,
            ),
          )
      ).map((r) => r.to);
    const emailOf = async (id: string) =>
      (await usta.db.$client.query<{ email: string }>('SELECT email FROM users WHERE id = $1', [id])).rows[0]!
        .email;
    expect(await mailed(withLead.id)).toEqual([await emailOf(leadTeam.leadId)]);
    expect((await mailed(without.id)).sort()).toEqual((await Promise.all(plannerIds.map(emailOf))).sort());
    const done = await usta.db.select().from(slaEscalationSteps).where(eq(slaEscalationSteps.ruleId, 'lead'));
    const outcomeOf = (id: string) => done.find((s) => s.workOrderId === id)?.outcome;
    expect(outcomeOf(withLead.id)).toBe('notified 1');
    expect(outcomeOf(without.id)).toBe(`notified ${plannerIds.length}`);
    expect(done.every((s) => s.doneAt)).toBe(true);
  });
});
