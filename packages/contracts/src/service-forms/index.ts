import { z } from 'zod';
import { localeSchema } from '../common/index.ts';

/** The blocks of a printed service form, in the order a company may rearrange. */
export const SERVICE_FORM_SECTIONS = [
  'workOrder',
  'customer',
  'device',
  'complaint',
  'diagnosis',
  'workDone',
  'parts',
  'labour',
  'notes',
  'signatures',
] as const;
export const serviceFormSectionSchema = z.enum(SERVICE_FORM_SECTIONS);
export type ServiceFormSection = z.infer<typeof serviceFormSectionSchema>;

// A data URL of a PNG or JPEG, at most ~500 KB of image (the request body limit is 1 MB).
const LOGO = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

/** What a company edits about its printed service form. */
export const serviceFormTemplateContentSchema = z.strictObject({
  locale: localeSchema.describe('Language of the printed labels'),
  title: z
    .string()
    .trim()
    .max(60)
    .nullable()
    .describe('Title at the top right; null prints “SERVİS FORMU” / “SERVICE FORM”'),
  headerLines: z
    .array(z.string().trim().max(120))
    .max(6)
    .describe('Lines under the company name, e.g. address, phone, tax office, web site'),
  logo: z.string().max(700_000).regex(LOGO, 'invalid_logo').nullable().describe('PNG or JPEG as a data URL'),
  accentColour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'invalid_colour')
    .describe('#rrggbb'),
  sections: z
    .array(serviceFormSectionSchema)
    .min(1)
    .max(SERVICE_FORM_SECTIONS.length)
    .refine((list) => new Set(list).size === list.length, 'duplicate_section')
    .describe('Which blocks are printed, in this order'),
  emptyPartRows: z
    .number()
    .int()
    .min(0)
    .max(15)
    .describe('Blank lines of the parts table when no part is recorded'),
  emptyLabourRows: z.number().int().min(0).max(15),
  signatureCaptions: z.array(z.string().trim().min(1).max(60)).min(1).max(3),
  footerText: z.string().max(2_000).describe('Terms of service, KVKK notice; printed small at the bottom'),
});
export type ServiceFormTemplateContent = z.infer<typeof serviceFormTemplateContentSchema>;

export const serviceFormTemplateSchema = serviceFormTemplateContentSchema.extend({
  version: z.number().int().describe('0 while the company still uses the defaults'),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ServiceFormTemplate = z.infer<typeof serviceFormTemplateSchema>;

export const updateServiceFormTemplateBodySchema = serviceFormTemplateContentSchema.extend({
  version: z.number().int().min(0).describe('The version read; 0 to replace the defaults'),
});
export type UpdateServiceFormTemplateBody = z.infer<typeof updateServiceFormTemplateBodySchema>;

/** Preview: the stored template, or an unsaved one being edited. */
export const previewServiceFormBodySchema = z
  .strictObject({ template: serviceFormTemplateContentSchema.optional() })
  .nullish();
