import type { ServiceFormTemplateContent } from '@usta/contracts/service-forms';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { serviceFormTemplates } from './tables.ts';

export type ServiceFormTemplateRow = typeof serviceFormTemplates.$inferSelect;

export async function findTemplateRow(db: Executor, organizationId: string, lock = false) {
  const query = db
    .select()
    .from(serviceFormTemplates)
    .where(eq(serviceFormTemplates.organizationId, organizationId));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The first save of an organisation; null when another save got there first. */
export async function insertTemplateRow(
  db: Executor,
  organizationId: string,
  content: ServiceFormTemplateContent,
  updatedBy: string,
): Promise<ServiceFormTemplateRow | null> {
  const [row] = await db
    .insert(serviceFormTemplates)
    .values({ organizationId, content, updatedBy })
    .onConflictDoNothing({ target: serviceFormTemplates.organizationId })
    .returning();
  return row ?? null;
}

export async function updateTemplateRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  content: ServiceFormTemplateContent,
  updatedBy: string,
): Promise<ServiceFormTemplateRow | null> {
  const [row] = await db
    .update(serviceFormTemplates)
    .set({ content, updatedBy, version: sql`${serviceFormTemplates.version} + 1`, updatedAt: new Date() })
    .where(and(eq(serviceFormTemplates.id, id), eq(serviceFormTemplates.version, expectedVersion)))
    .returning();
  return row ?? null;
}
