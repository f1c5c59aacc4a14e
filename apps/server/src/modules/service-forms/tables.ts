import type { ServiceFormTemplateContent } from '@usta/contracts/service-forms';
import { integer, jsonb, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

/**
 * A company's printed service form. One row per organisation, created on its first save (until
 * then the defaults apply); `version` guards concurrent edits and every save is audited.
 */
export const serviceFormTemplates = pgTable(
  'service_form_templates',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    content: jsonb('content').$type<ServiceFormTemplateContent>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('service_form_templates_organization_key').on(t.organizationId)],
);
