import { z } from 'zod';
import { localeSchema } from '../common/index.ts';
import { staffRoleSchema } from '../users/index.ts';

export const loginBodySchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

/** Browsers send the refresh token in an httpOnly cookie; other clients send it in the body. */
export const refreshBodySchema = z.strictObject({ refreshToken: z.string().max(500).optional() });
export const logoutBodySchema = refreshBodySchema;

export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(staffRoleSchema),
  permissions: z.array(z.string()),
  areas: z.array(z.string()),
  locale: localeSchema,
  organization: z.object({ id: z.uuid(), name: z.string() }),
});
export type Me = z.infer<typeof meSchema>;

export const tokenPairSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.iso.datetime({ offset: true }),
  refreshToken: z.string(),
  user: meSchema,
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const updateMeBodySchema = z.strictObject({
  locale: localeSchema.optional(),
  name: z.string().trim().min(1).max(200).optional(),
});
