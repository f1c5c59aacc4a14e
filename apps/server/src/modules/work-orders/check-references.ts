import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
// Public functions of other modules (their index.ts); their tables are never read here.
import { type CustomerSummary, findContact, findCustomer } from '../customers/index.ts';
import { type DeviceSummary, findDevice } from '../devices/index.ts';
import { findCompanyTeamIds } from '../planning/index.ts';
import { findUser } from '../users/user-repository.ts';
import { workOrderCategories } from './tables.ts';
import { findCompanyWorkOrders } from './work-order-repository.ts';

/** An id in the body that names nothing of this company: 404, exactly like an unknown id. */
export const missingReference = (path: string, entity: string) =>
  new AppError('NOT_FOUND', { entity }, [{ path, code: 'not_found' }]);

const unprocessable = (path: string, code: string) =>
  new AppError('UNPROCESSABLE', { reason: code }, [{ path, code }]);

export async function requireCustomer(db: Executor, actor: Actor, id: string): Promise<CustomerSummary> {
  const customer = await findCustomer(db, actor.organizationId, id);
  if (!customer) throw missingReference('customerId', 'customer');
  return customer;
}

export async function checkContact(db: Executor, actor: Actor, customerId: string, id: string | null) {
  if (!id) return;
  const contact = await findContact(db, actor.organizationId, id);
  if (!contact) throw missingReference('contactId', 'contact');
  if (contact.customerId !== customerId) {
    throw unprocessable('contactId', 'contact_of_other_customer');
  }
}

export function checkAddress(customer: CustomerSummary, id: string | null | undefined) {
  if (!id) return;
  if (!customer.addresses.some((address) => address.id === id)) {
    throw unprocessable('serviceAddressId', 'address_of_other_customer');
  }
}

export async function requireDevice(
  db: Executor,
  actor: Actor,
  customerId: string,
  id: string,
): Promise<DeviceSummary> {
  const device = await findDevice(db, actor.organizationId, id);
  if (!device) throw missingReference('deviceId', 'device');
  if (device.customerId !== customerId) throw unprocessable('deviceId', 'device_of_other_customer');
  return device;
}

export async function checkCategory(db: Executor, actor: Actor, id: string | null | undefined) {
  if (!id) return;
  const [row] = await db
    .select({ id: workOrderCategories.id })
    .from(workOrderCategories)
    .where(and(eq(workOrderCategories.organizationId, actor.organizationId), eq(workOrderCategories.id, id)));
  if (!row) throw missingReference('categoryId', 'category');
}

/** A team (planning module) of this company, else 404 on `teamId` like any unknown id. */
export async function checkTeam(db: Executor, actor: Actor, id: string | null | undefined) {
  if (!id) return;
  const found = await findCompanyTeamIds(db, actor.organizationId, [id]);
  if (!found.has(id)) throw missingReference('teamId', 'team');
}

/** Technicians must be active users of the company holding the technician's work permission. */
export async function checkTechnicians(db: Executor, actor: Actor, ids: readonly string[], path: string) {
  for (const [index, id] of ids.entries()) {
    const user = await findUser(db, actor.organizationId, id);
    if (!user) throw missingReference(`${path}.${index}`, 'user');
    if (!user.active) throw unprocessable(`${path}.${index}`, 'user_inactive');
  }
}

export async function checkOrders(db: Executor, actor: Actor, ids: readonly string[], path: string) {
  const found = await findCompanyWorkOrders(db, actor.organizationId, [...ids]);
  for (const [index, id] of ids.entries()) {
    if (!found.some((row) => row.id === id)) throw missingReference(`${path}.${index}`, 'work order');
  }
  return found;
}
