import type { ServiceFormTemplateContent } from '@usta/contracts/service-forms';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { findOrganization } from '../organizations/organization-repository.ts';
import { demoServiceFormData } from './demo-service-form.ts';
import { loadServiceFormTemplate } from './load-service-form-template.ts';
import { renderServiceForm } from './render-service-form.ts';

/** A sample form: the stored template, or the unsaved one being edited, filled with demo data. */
export async function previewServiceForm(
  db: Executor,
  actor: Actor,
  unsaved: ServiceFormTemplateContent | undefined,
): Promise<Buffer> {
  const template = unsaved ?? (await loadServiceFormTemplate(db, actor.organizationId));
  const organization = await findOrganization(db, actor.organizationId);
  return renderServiceForm(demoServiceFormData(organization?.name ?? 'Usta', template.locale), template);
}
