import { pgTable, text } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';

export const organizations = pgTable('organizations', {
  id: idColumn(),
  name: text('name').notNull(),
  ...timestamps(),
});
