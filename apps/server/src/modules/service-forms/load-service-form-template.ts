import {
  type ServiceFormTemplateContent,
  type ServiceFormTemplate as StoredTemplate,
  serviceFormTemplateContentSchema,
} from '@usta/contracts/service-forms';
import type { Executor } from '../../db/database.ts';
import { defaultServiceFormTemplate } from './default-template.ts';
import { findTemplateRow, type ServiceFormTemplateRow } from './template-repository.ts';

/**
 * The organisation's service-form template, ready for `renderServiceForm` (public: the
 * work-orders module prints with it). The defaults until the company saves its own.
 */
export async function loadServiceFormTemplate(
  db: Executor,
  organizationId: string,
): Promise<ServiceFormTemplateContent> {
  return contentOf(await findTemplateRow(db, organizationId));
}

/** The template with its version, as the settings screen reads it (version 0: defaults). */
export async function getServiceFormTemplate(db: Executor, organizationId: string): Promise<StoredTemplate> {
  return toStoredTemplate(await findTemplateRow(db, organizationId));
}

export function toStoredTemplate(row: ServiceFormTemplateRow | null): StoredTemplate {
  return { ...contentOf(row), version: row?.version ?? 0, updatedAt: row?.updatedAt.toISOString() ?? null };
}

/**
 * Stored content over the defaults of its language: a field added to the template after a
 * company saved its own takes the default instead of breaking the form. Anything that no longer
 * validates falls back to the defaults too; a printed form must always come out.
 */
function contentOf(row: ServiceFormTemplateRow | null): ServiceFormTemplateContent {
  if (!row) return defaultServiceFormTemplate('tr');
  const stored = row.content as Partial<ServiceFormTemplateContent>;
  const merged = { ...defaultServiceFormTemplate(stored.locale === 'en' ? 'en' : 'tr'), ...stored };
  const parsed = serviceFormTemplateContentSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultServiceFormTemplate(stored.locale === 'en' ? 'en' : 'tr');
}
