import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

// Tables of the work-orders module. Customers, devices and users are referenced by id only
// (no foreign keys into other modules' tables): their modules own them and answer for them.

/** Per-company settings of the module, created on first use (see `ensure-settings.ts`). */
export const workOrderSettings = pgTable('work_order_settings', {
  organizationId: organizationIdColumn().primaryKey(),
  numberPrefix: text('number_prefix').notNull().default('SRV'),
  priorityMatrix: jsonb('priority_matrix').notNull(),
  /** Bumped on every replacement of the status list (optimistic concurrency of the list). */
  statusesVersion: integer('statuses_version').notNull().default(1),
  matrixVersion: integer('matrix_version').notNull().default(1),
  ...timestamps(),
});

/** Gap-free numbering: one row per organisation and year, incremented in the creating transaction. */
export const workOrderCounters = pgTable(
  'work_order_counters',
  {
    organizationId: organizationIdColumn(),
    year: integer('year').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.year] })],
);

export const workOrderStatuses = pgTable(
  'work_order_statuses',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    code: text('code').notNull(),
    nameTr: text('name_tr').notNull(),
    nameEn: text('name_en').notNull(),
    colour: text('colour').notNull(),
    sortOrder: integer('sort_order').notNull(),
    phase: text('phase').notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('work_order_statuses_code_key').on(t.organizationId, t.code)],
);

export const workOrderCategories = pgTable(
  'work_order_categories',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    parentId: uuid('parent_id'),
    code: text('code'),
    nameTr: text('name_tr').notNull(),
    nameEn: text('name_en'),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [index('work_order_categories_parent_idx').on(t.organizationId, t.parentId)],
);

export const workOrders = pgTable(
  'work_orders',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    number: text('number').notNull(),
    customerId: uuid('customer_id').notNull(),
    /** The customer's name when the order was opened, for lists (the customer may rename later). */
    customerName: text('customer_name').notNull().default(''),
    contactId: uuid('contact_id'),
    deviceId: uuid('device_id'),
    /** Device type copied from the device card, so lists filter by it without a join. */
    deviceType: text('device_type'),
    serviceAddressId: uuid('service_address_id'),
    channel: text('channel').notNull(),
    type: text('type').notNull(),
    complaint: text('complaint').notNull(),
    categoryId: uuid('category_id'),
    impact: text('impact'),
    urgency: text('urgency'),
    priority: text('priority').notNull(),
    /** True when the priority was set by hand and must not follow impact × urgency. */
    priorityOverridden: boolean('priority_overridden').notNull().default(false),
    status: text('status').notNull(),
    phase: text('phase').notNull(),
    resumePhase: text('resume_phase'),
    diagnosis: text('diagnosis'),
    workDone: text('work_done'),
    resolutionCode: text('resolution_code'),
    approvalId: uuid('approval_id'),
    requestedDate: date('requested_date', { mode: 'string' }),
    teamId: uuid('team_id'),
    technicianIds: uuid('technician_ids').array().notNull().default(sql`'{}'::uuid[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    customCodes: jsonb('custom_codes').$type<Record<string, string>>().notNull().default({}),
    parentId: uuid('parent_id'),
    mergedIntoId: uuid('merged_into_id'),
    createdBy: uuid('created_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    /**
     * The free-text key of number, complaint and the customer's name as recorded on the order,
     * computed once per write: the list's filter compares this column instead of normalising
     * every scanned row, and finds customer names without asking the customers module
     * (bench/results/work-orders.md).
     */
    searchKey: text('search_key').generatedAlwaysAs(
      sql`usta_search_key("number" || ' ' || "complaint" || ' ' || "customer_name")`,
    ),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('work_orders_number_key').on(t.organizationId, t.number),
    index('work_orders_created_idx').on(t.organizationId, t.createdAt, t.id),
    // INCLUDE (search_key, number) is added by migration status_window_covers_search (drizzle
    // cannot express it): the list's windowed search filters on the index alone.
    index('work_orders_status_created_idx').on(t.organizationId, t.status, t.createdAt, t.id),
    index('work_orders_customer_idx').on(t.organizationId, t.customerId, t.createdAt),
    index('work_orders_device_idx').on(t.organizationId, t.deviceId, t.createdAt),
    index('work_orders_parent_idx').on(t.organizationId, t.parentId),
    index('work_orders_technicians_idx').using('gin', t.technicianIds),
  ],
);

/**
 * Orders per (company, status, phase), kept by a statement trigger on work_orders in the writing
 * transaction (migration work_orders_status_counts): the unfiltered tab bar reads these few rows
 * instead of counting a million orders.
 */
export const workOrderStatusCounts = pgTable(
  'work_order_status_counts',
  {
    organizationId: uuid('organization_id').notNull(),
    status: text('status').notNull(),
    phase: text('phase').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.status, t.phase] })],
);

/** "Related" links, stored once per pair with the smaller id first. */
export const workOrderLinks = pgTable(
  'work_order_links',
  {
    organizationId: organizationIdColumn(),
    aId: uuid('a_id').notNull(),
    bId: uuid('b_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.aId, t.bId] }), index('work_order_links_b_idx').on(t.bId)],
);

/** Hareket: status changes, notes and time entries, with who, when, start and end. */
export const workOrderActivities = pgTable(
  'work_order_activities',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    kind: text('kind').notNull(),
    visibility: text('visibility').notNull().default('internal'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    description: text('description'),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('work_order_activities_order_idx').on(t.workOrderId, t.occurredAt)],
);

/** The customer's approval record: signature, QR confirmation or approved quote. */
export const workOrderApprovals = pgTable(
  'work_order_approvals',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    method: text('method').notNull(),
    approvedBy: text('approved_by').notNull(),
    reference: text('reference'),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('work_order_approvals_order_idx').on(t.workOrderId)],
);

/** A user's saved list filters ("my open P1s"). */
export const workOrderViews = pgTable(
  'work_order_views',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    query: jsonb('query').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [index('work_order_views_user_idx').on(t.organizationId, t.userId)],
);
