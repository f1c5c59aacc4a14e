import { E_ARSIV_PLACEHOLDER_TCKN } from '@usta/core/identity';
import { z } from 'zod';
import { pageOf, paginationQuerySchema } from '../common/index.ts';
import {
  addressInputSchema,
  addressSchema,
  emailAddressSchema,
  phoneInputSchema,
  phoneSchema,
  tagsSchema,
  taxNumberSchema,
  uniqueBy,
} from './fields.ts';

export const customerTypeSchema = z.enum(['individual', 'corporate']);
export type CustomerType = z.infer<typeof customerTypeSchema>;

const customerFields = {
  type: customerTypeSchema,
  name: z.string().trim().min(1).max(300).describe('Person’s full name or company title (unvan)'),
  taxNumber: taxNumberSchema.nullable().optional().describe('VKN (10 digits) or TCKN (11 digits)'),
  allowPlaceholderTaxNumber: z
    .boolean()
    .optional()
    .describe('Accept the e-Arşiv placeholder 11111111111 (an end consumer who gave no TCKN)'),
  taxOffice: z.string().trim().min(1).max(120).nullable().optional().describe('Vergi dairesi'),
  addresses: z
    .array(addressInputSchema)
    .max(50)
    .superRefine((addresses, ctx) => {
      if (addresses.filter((address) => address.isDefault).length > 1) {
        ctx.addIssue({ code: 'custom', message: 'several_default_addresses', input: addresses });
      }
    }),
  phones: z
    .array(phoneInputSchema)
    .max(20)
    .superRefine(uniqueBy((phone) => phone.number, 'duplicate_phone')),
  emails: z
    .array(emailAddressSchema)
    .max(20)
    .superRefine(uniqueBy((email) => email, 'duplicate_email')),
  representativeId: z.uuid().nullable().optional().describe('The user who is the customer representative'),
  tags: tagsSchema,
  notes: z.string().max(10_000).nullable().optional(),
};

/** The placeholder TCKN only with the explicit flag; reported on `taxNumber`. */
function refusePlaceholderUnlessAllowed(
  body: { taxNumber?: string | null; allowPlaceholderTaxNumber?: boolean | undefined },
  ctx: z.RefinementCtx,
): void {
  if (body.taxNumber === E_ARSIV_PLACEHOLDER_TCKN && body.allowPlaceholderTaxNumber !== true) {
    ctx.addIssue({ code: 'custom', message: 'invalid_tckn', path: ['taxNumber'], input: body.taxNumber });
  }
}

export const createCustomerBodySchema = z
  .strictObject({
    ...customerFields,
    addresses: customerFields.addresses.default([]),
    phones: customerFields.phones.default([]),
    emails: customerFields.emails.default([]),
    tags: customerFields.tags.default([]),
  })
  .superRefine(refusePlaceholderUnlessAllowed);
export type CreateCustomerBody = z.infer<typeof createCustomerBodySchema>;
export type CreateCustomerInput = z.input<typeof createCustomerBodySchema>;

/**
 * A partial edit. Lists (`addresses`, `phones`, `emails`, `tags`) replace the stored list when
 * given: addresses carrying an `id` are kept and updated, new ones are added, missing ones are
 * removed (the server refuses to remove an address a device or open work order still uses).
 */
export const updateCustomerBodySchema = z
  .strictObject({
    ...customerFields,
    type: customerFields.type.optional(),
    name: customerFields.name.optional(),
    addresses: customerFields.addresses.optional(),
    phones: customerFields.phones.optional(),
    emails: customerFields.emails.optional(),
    tags: customerFields.tags.optional(),
    active: z.boolean().optional(),
    version: z.number().int().describe('The version the edit was made against (optimistic concurrency)'),
  })
  .superRefine(refusePlaceholderUnlessAllowed);
export type UpdateCustomerBody = z.infer<typeof updateCustomerBodySchema>;

export const customerSchema = z.object({
  id: z.uuid(),
  type: customerTypeSchema,
  name: z.string(),
  taxNumber: z.string().nullable(),
  taxOffice: z.string().nullable(),
  addresses: z.array(addressSchema),
  phones: z.array(phoneSchema),
  emails: z.array(z.string()),
  representativeId: z.uuid().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerSortSchema = z.enum([
  'name',
  '-name',
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
]);

export const listCustomersQuerySchema = paginationQuerySchema.extend({
  q: z
    .string()
    .max(200)
    .optional()
    .describe('Name, phone, tax number or e-mail; Turkish-aware ("cagri" finds "Çağrı")'),
  type: customerTypeSchema.optional(),
  representativeId: z.uuid().optional(),
  tag: z.string().max(40).optional(),
  province: z.string().max(60).optional(),
  active: z.enum(['true', 'false']).optional(),
  sort: customerSortSchema.default('name'),
});
export type ListCustomersQuery = z.infer<typeof listCustomersQuerySchema>;

export const customerPageSchema = pageOf(customerSchema);
export type CustomerPage = z.infer<typeof customerPageSchema>;
