import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
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

/**
 * Planning desk (issue 6). The exclusion constraint that makes one technician's active visits
 * never overlap is in the custom migration `visits_no_overlap` (btree_gist + tstzrange).
 */
export const planningSkills = pgTable(
  'planning_skills',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    parentId: uuid('parent_id'),
    code: text('code').notNull(),
    nameTr: text('name_tr').notNull(),
    nameEn: text('name_en'),
    maxLevel: integer('max_level').notNull().default(3),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [uniqueIndex('planning_skills_code_key').on(t.organizationId, t.code)],
);

/** Order category → the skill (and level) it needs and a visit's usual length. */
export const planningCategoryRequirements = pgTable(
  'planning_category_requirements',
  {
    organizationId: organizationIdColumn(),
    categoryId: uuid('category_id').notNull(),
    skillId: uuid('skill_id'),
    minLevel: integer('min_level').notNull().default(1),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.categoryId] })],
);

export interface StoredTechnicianSkill {
  skillId: string;
  level: number;
}
export interface StoredRegion {
  province: string;
  district: string;
}

/** Planning profile of a user with the technician role (one per user). */
export const technicianProfiles = pgTable(
  'technician_profiles',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    userId: uuid('user_id').notNull(),
    skills: jsonb('skills').$type<StoredTechnicianSkill[]>().notNull().default([]),
    regions: jsonb('regions').$type<StoredRegion[]>().notNull().default([]),
    startLat: doublePrecision('start_lat'),
    startLng: doublePrecision('start_lng'),
    endLat: doublePrecision('end_lat'),
    endLng: doublePrecision('end_lng'),
    calendarId: uuid('calendar_id'),
    maxJobsPerDay: integer('max_jobs_per_day').notNull().default(8),
    authorisedCustomerIds: uuid('authorised_customer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    vanWarehouseCode: text('van_warehouse_code'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [uniqueIndex('technician_profiles_user_key').on(t.organizationId, t.userId)],
);

export const planningTeams = pgTable(
  'planning_teams',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    name: text('name').notNull(),
    leadId: uuid('lead_id'),
    calendarId: uuid('calendar_id'),
    memberIds: uuid('member_ids').array().notNull().default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [uniqueIndex('planning_teams_name_key').on(t.organizationId, t.name)],
);

export const visits = pgTable(
  'visits',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id').notNull(),
    technicianId: uuid('technician_id').notNull(),
    plannedStart: timestamp('planned_start', { withTimezone: true }).notNull(),
    plannedEnd: timestamp('planned_end', { withTimezone: true }).notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }),
    windowEnd: timestamp('window_end', { withTimezone: true }),
    status: text('status').notNull().default('planned'),
    pinned: boolean('pinned').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('visits_technician_time_idx').on(t.organizationId, t.technicianId, t.plannedStart),
    index('visits_work_order_idx').on(t.organizationId, t.workOrderId),
    check('visits_planned_order', sql`${t.plannedEnd} > ${t.plannedStart}`),
    check(
      'visits_window_order',
      sql`${t.windowStart} IS NULL OR ${t.windowEnd} IS NULL OR ${t.windowEnd} > ${t.windowStart}`,
    ),
  ],
);

/**
 * An optimiser run or an urgent insertion: the job (status, progress) and, when done, the
 * proposal and the changes it would make (with the visit versions it was computed from).
 */
export const planningPlans = pgTable(
  'planning_plans',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    status: text('status').notNull().default('queued'),
    progress: doublePrecision('progress').notNull().default(0),
    elapsedMs: integer('elapsed_ms').notNull().default(0),
    bestCost: doublePrecision('best_cost'),
    request: jsonb('request').$type<Record<string, unknown>>().notNull().default({}),
    error: jsonb('error').$type<{ code: string; message: string }>(),
    proposal: jsonb('proposal').$type<Record<string, unknown>>(),
    changes: jsonb('changes').$type<Record<string, unknown>>(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [index('planning_plans_org_idx').on(t.organizationId, t.createdAt)],
);
