import { z } from 'zod';
import { pageOf, paginationQuerySchema } from '../common/index.ts';
import { emailAddressSchema, phoneNumberSchema } from './fields.ts';

/** A person at a customer (yetkili kişi): who calls, who signs, who gets the report. */
const contactFields = {
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(120).nullable().optional().describe('Ünvan / görev'),
  phone: phoneNumberSchema.nullable().optional(),
  email: emailAddressSchema.nullable().optional(),
  active: z.boolean().optional().describe('Passive contacts stay on old records but are not offered'),
  notes: z.string().max(5_000).nullable().optional(),
};

export const createContactBodySchema = z.strictObject({
  customerId: z.uuid(),
  ...contactFields,
  active: contactFields.active.default(true),
});
export type CreateContactBody = z.infer<typeof createContactBodySchema>;

export const updateContactBodySchema = z.strictObject({
  ...contactFields,
  name: contactFields.name.optional(),
  version: z.number().int().describe('The version the edit was made against (optimistic concurrency)'),
});
export type UpdateContactBody = z.infer<typeof updateContactBodySchema>;

export const contactSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  notes: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type Contact = z.infer<typeof contactSchema>;

export const listContactsQuerySchema = paginationQuerySchema.extend({
  customerId: z.uuid().optional(),
  q: z.string().max(200).optional().describe('Name, phone or e-mail; Turkish-aware'),
  active: z.enum(['true', 'false']).optional(),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt']).default('name'),
});
export type ListContactsQuery = z.infer<typeof listContactsQuerySchema>;

export const contactPageSchema = pageOf(contactSchema);
