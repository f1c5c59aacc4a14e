import {
  cleanTaxNumber,
  findTaxNumberError,
  isValidEmail,
  normalizeEmail,
  normalizeTurkishPhone,
} from '@usta/core/identity';
import { z } from 'zod';

/**
 * Field schemas shared by customers and contacts. Error messages are stable codes
 * (`invalid_phone`, `invalid_vkn`, …); the server turns them into Turkish or English text, and
 * the issue path names the field (`phones.1.number`).
 */

/** A phone as typed ("0532 123 45 67"); parsed to E.164 (`+905321234567`). */
export const phoneNumberSchema = z
  .string()
  .max(40, { message: 'invalid_phone' })
  .transform((value, ctx) => {
    const e164 = normalizeTurkishPhone(value, { allowForeign: true });
    if (e164 === null) {
      ctx.addIssue({ code: 'custom', message: 'invalid_phone', input: value });
      return z.NEVER;
    }
    return e164;
  })
  .describe('Any common Turkish or international notation; stored and returned in E.164 (+90…)');

/** An e-mail address; trimmed and lower-cased. */
export const emailAddressSchema = z
  .string()
  .max(254, { message: 'invalid_email' })
  .transform(normalizeEmail)
  .refine(isValidEmail, { message: 'invalid_email' });

/**
 * A VKN (10 digits) or TCKN (11 digits), spaces and dashes allowed while typing. The e-Arşiv
 * placeholder 11111111111 passes here and is refused one level up unless the body allows it.
 */
export const taxNumberSchema = z
  .string()
  .max(20, { message: 'invalid_tax_number' })
  .transform(cleanTaxNumber)
  .superRefine((value, ctx) => {
    const error = findTaxNumberError(value, { allowPlaceholder: true });
    if (error) ctx.addIssue({ code: 'custom', message: error, input: value });
  });

export const coordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

const shortText = (max: number) => z.string().trim().min(1).max(max);

/** A postal address in the Turkish shape: il, ilçe, mahalle, then the rest as written. */
export const addressInputSchema = z.strictObject({
  id: z.uuid().optional().describe('An existing address to keep (on update); omitted for a new one'),
  label: shortText(60).optional().describe('e.g. "Merkez", "Depo", "Şube 2"'),
  province: shortText(60).describe('İl'),
  district: shortText(60).describe('İlçe'),
  neighbourhood: shortText(120).optional().describe('Mahalle'),
  line: shortText(500).describe('Street, number, building, floor, door, as written'),
  postalCode: z
    .string()
    .regex(/^\d{5}$/u, { message: 'invalid_postal_code' })
    .optional(),
  coordinates: coordinatesSchema.optional(),
  isDefault: z.boolean().optional(),
});

export const addressSchema = z.object({
  id: z.uuid(),
  label: z.string().nullable(),
  province: z.string(),
  district: z.string(),
  neighbourhood: z.string().nullable(),
  line: z.string(),
  postalCode: z.string().nullable(),
  coordinates: coordinatesSchema.nullable(),
  isDefault: z.boolean(),
});
export type Address = z.infer<typeof addressSchema>;

export const phoneInputSchema = z.strictObject({
  number: phoneNumberSchema,
  label: shortText(40).optional().describe('e.g. "Cep", "İş", "Santral"'),
});

export const phoneSchema = z.object({ number: z.string(), label: z.string().nullable() });

export const tagsSchema = z.array(shortText(40)).max(30);

/** A list refinement: reports every item whose `key` (after parsing) repeated an earlier one. */
export function uniqueBy<T>(key: (item: T) => string, message: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) ctx.addIssue({ code: 'custom', message, path: [index], input: item });
      seen.add(value);
    });
  };
}
