import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';

export const organizations = pgTable('organizations', {
  id: idColumn(),
  name: text('name').notNull(),
  ...timestamps(),
});

/** Every company-owned row's `organization_id`, referencing its organisation. */
export const organizationIdColumn = () =>
  uuid('organization_id')
    .notNull()
    .references(() => organizations.id);
