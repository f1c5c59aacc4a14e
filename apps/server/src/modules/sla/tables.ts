import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';
import { organizations } from '../organizations/tables.ts';
import type { StoredPolicyDefinition } from './policy-mapping.ts';

/**
 * SLA module tables. Work orders and customers are referenced by id only (their modules own
 * them); every row carries the organisation and every query filters by it.
 */

/** Stored policies; exactly one default per organisation (seeded from seed 003). */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: idColumn(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    description: text('description'),
    calendarId: uuid('calendar_id'),
    definition: jsonb('definition').$type<StoredPolicyDefinition>().notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('sla_policies_one_default').on(t.organizationId).where(sql`${t.isDefault}`),
    uniqueIndex('sla_policies_name_key').on(t.organizationId, t.name),
  ],
);

/** A customer's contract policy (until a contracts module exists): it wins over the default. */
export const slaCustomerPolicies = pgTable(
  'sla_customer_policies',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    customerId: uuid('customer_id').notNull(),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => slaPolicies.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.customerId] }),
    index('sla_customer_policies_policy_idx').on(t.policyId),
  ],
);

/**
 * Each order's stored SLA state, recomputed in the transaction of every change of the order.
 * `closed_outcome` is frozen when the order closes: policy changes never rewrite it.
 * `stale` asks the escalation worker to recompute (a policy or customer assignment changed).
 */
export const workOrderSla = pgTable(
  'work_order_sla',
  {
    workOrderId: uuid('work_order_id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    customerId: uuid('customer_id'),
    policyId: uuid('policy_id').notNull(),
    calendarId: uuid('calendar_id'),
    priority: text('priority').notNull(),
    cycle: integer('cycle').notNull().default(0),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }),
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }),
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
    state: text('state').notNull(),
    paused: boolean('paused').notNull().default(false),
    warned: boolean('warned').notNull().default(false),
    breached: boolean('breached').notNull().default(false),
    resolved: boolean('resolved').notNull().default(false),
    percentUsed: real('percent_used').notNull().default(0),
    businessMsUsed: bigint('business_ms_used', { mode: 'number' }).notNull().default(0),
    nextCheckAt: timestamp('next_check_at', { withTimezone: true }),
    stale: boolean('stale').notNull().default(false),
    closedOutcome: text('closed_outcome', { enum: ['met', 'breached'] }),
    outcomeFrozenAt: timestamp('outcome_frozen_at', { withTimezone: true }),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // With the order id: "due soonest" walks it in (due, order) order, the list's keyset (order-summaries.ts).
    index('work_order_sla_next_due_idx').on(t.organizationId, t.nextDueAt, t.workOrderId),
    index('work_order_sla_policy_idx').on(t.policyId),
    index('work_order_sla_customer_idx').on(t.organizationId, t.customerId),
    index('work_order_sla_stale_idx').on(t.stale).where(sql`${t.stale}`),
  ],
);

/**
 * The escalation queue: one row per (order, rule, cycle). The worker claims due rows with
 * FOR UPDATE SKIP LOCKED and marks them done in the transaction of their effect, so a step
 * fires once; rows persist, so a restart catches up on overdue ones.
 */
export const slaEscalationSteps = pgTable(
  'sla_escalation_steps',
  {
    id: idColumn(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    workOrderId: uuid('work_order_id').notNull(),
    ruleId: text('rule_id').notNull(),
    cycle: integer('cycle').notNull().default(0),
    metric: text('metric').notNull(),
    action: text('action').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    outcome: text('outcome'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sla_escalation_steps_once').on(t.workOrderId, t.ruleId, t.cycle),
    index('sla_escalation_steps_due_idx').on(t.dueAt).where(sql`${t.doneAt} is null`),
  ],
);

/** Users who follow an order (added by escalation rules). */
export const workOrderWatchers = pgTable(
  'work_order_watchers',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    workOrderId: uuid('work_order_id').notNull(),
    userId: uuid('user_id').notNull(),
    ruleId: text('rule_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workOrderId, t.userId] }),
    index('work_order_watchers_org_idx').on(t.organizationId),
  ],
);

/** Why a breached order missed its target: recorded before it may close. */
export const slaBreachRootCauses = pgTable('sla_breach_root_causes', {
  workOrderId: uuid('work_order_id').primaryKey(),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id),
  code: text('code').notNull(),
  text: text('text').notNull(),
  recordedBy: uuid('recorded_by'),
  ...timestamps(),
});

/** Corrective and preventive actions after a breach. */
export const slaCapas = pgTable(
  'sla_capas',
  {
    id: idColumn(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    workOrderId: uuid('work_order_id').notNull(),
    action: text('action').notNull(),
    ownerId: uuid('owner_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'done', 'cancelled'] })
      .notNull()
      .default('open'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('sla_capas_order_idx').on(t.organizationId, t.workOrderId),
    index('sla_capas_status_idx').on(t.organizationId, t.status, t.dueDate),
  ],
);
