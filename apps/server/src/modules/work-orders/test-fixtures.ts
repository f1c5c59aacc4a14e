// Test helpers for the work-order integration tests (not imported by the server).
import { createCustomerBodySchema } from '@usta/contracts/customers';
import { createDeviceBodySchema } from '@usta/contracts/devices';
import { permissionsOf } from '@usta/core/access';
import type { TestUsta } from '../../../test/harness.ts';
import type { Actor } from '../../http/access.ts';
import { createCustomer } from '../customers/create-customer.ts';
import { createDevice } from '../devices/create-device.ts';
import { findUserByEmail } from '../users/user-repository.ts';

export async function actorFor(usta: TestUsta, email: string): Promise<Actor> {
  const user = await findUserByEmail(usta.db, email);
  if (!user) throw new Error(`no user ${email}`);
  return {
    userId: user.id,
    organizationId: user.organizationId,
    name: user.name,
    permissions: new Set(permissionsOf(user.roles)),
    requestId: null,
  };
}

export async function userId(usta: TestUsta, email: string): Promise<string> {
  return (await actorFor(usta, email)).userId;
}

/** A customer with one address (through the customers module's own use case). */
export async function makeCustomer(
  usta: TestUsta,
  actor: Actor,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; addressId: string }> {
  const body = createCustomerBodySchema.parse({
    type: 'individual',
    name,
    addresses: [{ province: 'İstanbul', district: 'Kadıköy', line: 'Moda Cad. 1' }],
    ...extra,
  });
  const customer = (await createCustomer(usta.db, actor, body)) as unknown as {
    id: string;
    addresses: { id: string }[];
  };
  return { id: customer.id, addressId: customer.addresses[0]!.id };
}

export async function makeDevice(
  usta: TestUsta,
  actor: Actor,
  customerId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const body = createDeviceBodySchema.parse({
    customerId,
    brand: 'Vaillant',
    model: 'ecoTEC plus',
    deviceType: 'Kombi',
    serialNumber: `V-${Math.random().toString(36).slice(2, 10)}`,
    warrantyStart: '2025-01-01',
    warrantyEnd: '2099-12-31',
    ...extra,
  });
  return createDevice(usta.db, actor, body);
}
