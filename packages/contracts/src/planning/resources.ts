/**
 * Planning desk resources (issue 6): skills, technician profiles, teams and the category → skill
 * requirements. Ids of technicians are the user ids of users with the technician role.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });

export const SKILL_LEVEL_MAX = 5;
export const skillLevelSchema = z.number().int().min(1).max(SKILL_LEVEL_MAX);

/** A point on the map (WGS 84). */
export const geoPointSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof geoPointSchema>;

// ---------------------------------------------------------------- skills

/** A node of the company's skill tree ("Kombi" → "Kombi bakım"); levels go 1..maxLevel. */
export const skillSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  nameTr: z.string(),
  nameEn: z.string().nullable(),
  maxLevel: skillLevelSchema,
  sortOrder: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
});
export type Skill = z.infer<typeof skillSchema>;

const skillCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/u, { message: 'invalid_skill_code' });

export const createSkillBodySchema = z.strictObject({
  parentId: z.uuid().nullable().optional(),
  code: skillCode,
  nameTr: text(200),
  nameEn: text(200).nullable().optional(),
  maxLevel: skillLevelSchema.default(3),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
});
export type CreateSkillBody = z.infer<typeof createSkillBodySchema>;

export const updateSkillBodySchema = z.strictObject({
  parentId: z.uuid().nullable().optional(),
  nameTr: text(200).optional(),
  nameEn: text(200).nullable().optional(),
  maxLevel: skillLevelSchema.optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
  version: z.number().int(),
});
export type UpdateSkillBody = z.infer<typeof updateSkillBodySchema>;

/** The whole tree, flat, parents before children, siblings by sortOrder. */
export const skillListSchema = z.object({ items: z.array(skillSchema) });

/** What an order of a category needs: a skill (at a level) and how long a visit usually takes. */
export const categoryRequirementSchema = z.object({
  categoryId: z.uuid(),
  skillId: z.uuid().nullable(),
  minLevel: skillLevelSchema,
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
});
export type CategoryRequirement = z.infer<typeof categoryRequirementSchema>;

export const categoryRequirementListSchema = z.object({ items: z.array(categoryRequirementSchema) });

/** PUT /skills/category-requirements replaces the whole mapping. */
export const putCategoryRequirementsBodySchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        categoryId: z.uuid(),
        skillId: z.uuid().nullable(),
        minLevel: skillLevelSchema.default(1),
        durationMinutes: z
          .number()
          .int()
          .min(5)
          .max(24 * 60)
          .default(60),
      }),
    )
    .max(500)
    .refine((list) => new Set(list.map((i) => i.categoryId)).size === list.length, {
      message: 'duplicate_id',
    }),
});
export type PutCategoryRequirementsBody = z.infer<typeof putCategoryRequirementsBodySchema>;

// ---------------------------------------------------------------- technicians

export const technicianSkillSchema = z.strictObject({ skillId: z.uuid(), level: skillLevelSchema });
export type TechnicianSkill = z.infer<typeof technicianSkillSchema>;

/** A district a technician covers (e.g. İstanbul / Kadıköy). */
export const regionSchema = z.strictObject({ province: text(100), district: text(100) });
export type Region = z.infer<typeof regionSchema>;

export const technicianSchema = z.object({
  /** The user id of the technician. */
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  active: z.boolean(),
  skills: z.array(technicianSkillSchema),
  regions: z.array(regionSchema),
  startLocation: geoPointSchema.nullable(),
  /** Where the day ends; null = back to the start. */
  endLocation: geoPointSchema.nullable(),
  /** Shift calendar (calendars module); null = the company's default calendar. */
  calendarId: z.uuid().nullable(),
  maxJobsPerDay: z.number().int().min(1).max(50),
  /** When non-empty the technician sees only these customers' records. */
  authorisedCustomerIds: z.array(z.uuid()),
  vanWarehouseCode: z.string().nullable(),
  teamIds: z.array(z.uuid()),
  /** 0 until a profile is saved for the user (the defaults above are shown). */
  version: z.number().int(),
  updatedAt: instant.nullable(),
});
export type Technician = z.infer<typeof technicianSchema>;

export const technicianListSchema = z.object({ items: z.array(technicianSchema) });

export const technicianListQuerySchema = z.strictObject({
  teamId: z.uuid().optional(),
  skillId: z.uuid().optional(),
});

const uniqueIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate_id' });

/** PUT /technicians/{id}: the whole profile; `version` 0 creates it. */
export const putTechnicianBodySchema = z.strictObject({
  skills: z
    .array(technicianSkillSchema)
    .max(100)
    .refine((list) => new Set(list.map((s) => s.skillId)).size === list.length, { message: 'duplicate_id' }),
  regions: z.array(regionSchema).max(200).default([]),
  startLocation: geoPointSchema.nullable(),
  endLocation: geoPointSchema.nullable().default(null),
  calendarId: z.uuid().nullable().default(null),
  maxJobsPerDay: z.number().int().min(1).max(50).default(8),
  authorisedCustomerIds: uniqueIds(1000).default([]),
  vanWarehouseCode: text(40).nullable().default(null),
  version: z.number().int().min(0),
});
export type PutTechnicianBody = z.infer<typeof putTechnicianBodySchema>;

// ---------------------------------------------------------------- teams

export const teamSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  leadId: z.uuid().nullable(),
  calendarId: z.uuid().nullable(),
  memberIds: z.array(z.uuid()),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
});
export type Team = z.infer<typeof teamSchema>;

export const teamListSchema = z.object({ items: z.array(teamSchema) });

export const createTeamBodySchema = z.strictObject({
  name: text(200),
  leadId: z.uuid().nullable().default(null),
  calendarId: z.uuid().nullable().default(null),
  memberIds: uniqueIds(200).default([]),
});
export type CreateTeamBody = z.infer<typeof createTeamBodySchema>;

export const updateTeamBodySchema = z.strictObject({
  name: text(200).optional(),
  leadId: z.uuid().nullable().optional(),
  calendarId: z.uuid().nullable().optional(),
  memberIds: uniqueIds(200).optional(),
  version: z.number().int(),
});
export type UpdateTeamBody = z.infer<typeof updateTeamBodySchema>;
