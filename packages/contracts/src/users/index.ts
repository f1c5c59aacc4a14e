import { z } from 'zod';
import { localeSchema, pageOf, paginationQuerySchema } from '../common/index.ts';

export const staffRoleSchema = z.enum([
  'admin',
  'manager',
  'call_center',
  'planner',
  'technician',
  'warehouse',
  'finance',
]);

const emailSchema = z
  .email({ message: 'invalid_email' })
  .max(254)
  .transform((e) => e.trim().toLowerCase());

/** At least 10 characters: long enough to resist guessing, short enough to type on a phone. */
export const passwordSchema = z.string().min(10, { message: 'password_too_short' }).max(200);

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(staffRoleSchema),
  locale: localeSchema,
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const createUserBodySchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  password: passwordSchema,
  roles: z.array(staffRoleSchema).min(1, { message: 'roles_required' }),
  locale: localeSchema.default('tr'),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  roles: z.array(staffRoleSchema).min(1, { message: 'roles_required' }).optional(),
  locale: localeSchema.optional(),
  active: z.boolean().optional(),
  version: z.number().int().describe('The version the edit was made against (optimistic concurrency)'),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const resetPasswordBodySchema = z.strictObject({ password: passwordSchema });

export const listUsersQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const userPageSchema = pageOf(userSchema);

export const roleSchema = z.object({ role: staffRoleSchema, permissions: z.array(z.string()) });
