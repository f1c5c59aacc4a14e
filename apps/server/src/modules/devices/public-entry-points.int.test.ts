import type { Customer } from '@usta/contracts/customers';
import { ROLE_PERMISSIONS } from '@usta/core/access';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { findContact, findCustomer, findCustomerIdsMatching } from '../customers/index.ts';
import { users } from '../users/tables.ts';
import { findDevice, registerDeviceFromWorkOrder } from './index.ts';

let usta: TestUsta;
let actor: Actor;
let otherOrganizationId: string;
let customer: Customer;
let contactId: string;

beforeAll(async () => {
  usta = await createTestUsta();
  const [user] = await usta.db.select().from(users).where(eq(users.email, 'cagri@demo.usta'));
  actor = {
    userId: user!.id,
    organizationId: user!.organizationId,
    name: user!.name,
    permissions: new Set(ROLE_PERMISSIONS.call_center),
    requestId: null,
  };
  otherOrganizationId = (await usta.createOrganization('baska')).organizationId;
  const headers = await usta.as('cagri@demo.usta');
  const created = await usta.app.inject({
    method: 'POST',
    url: '/api/v1/customers',
    headers,
    payload: {
      type: 'corporate',
      name: 'IŞIK Soğutma Ltd. Şti.',
      taxNumber: '1234567890',
      phones: [{ number: '0532 123 45 67', label: 'Cep' }],
      emails: ['Bilgi@Isik.com.tr'],
      addresses: [
        {
          label: 'Merkez',
          province: 'İstanbul',
          district: 'Kadıköy',
          line: 'Moda Cd. 1',
          coordinates: { lat: 40.98, lng: 29.02 },
        },
      ],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  customer = created.json<Customer>();
  const contact = await usta.app.inject({
    method: 'POST',
    url: '/api/v1/contacts',
    headers,
    payload: { customerId: customer.id, name: 'Çağrı Öztürk', phone: '0216 555 44 33' },
  });
  expect(contact.statusCode, contact.body).toBe(201);
  contactId = contact.json<{ id: string }>().id;
});
afterAll(() => usta.close());

describe('the entry points other modules call', () => {
  it('findCustomer gives the summary, and null for another company or an unknown id', async () => {
    const summary = await findCustomer(usta.db, actor.organizationId, customer.id);
    expect(summary).toEqual({
      id: customer.id,
      type: 'corporate',
      name: 'IŞIK Soğutma Ltd. Şti.',
      representativeId: null,
      phones: ['+905321234567'],
      emails: ['bilgi@isik.com.tr'],
      addresses: [
        {
          id: customer.addresses[0]!.id,
          label: 'Merkez',
          province: 'İstanbul',
          district: 'Kadıköy',
          line: 'Moda Cd. 1',
          latitude: 40.98,
          longitude: 29.02,
        },
      ],
    });
    expect(await findCustomer(usta.db, otherOrganizationId, customer.id)).toBeNull();
    expect(
      await findCustomer(usta.db, actor.organizationId, '00000000-0000-4000-8000-000000000000'),
    ).toBeNull();
  });

  it('findContact gives the summary, scoped to the organisation', async () => {
    expect(await findContact(usta.db, actor.organizationId, contactId)).toEqual({
      id: contactId,
      customerId: customer.id,
      name: 'Çağrı Öztürk',
      phone: '+902165554433',
      email: null,
      active: true,
    });
    expect(await findContact(usta.db, otherOrganizationId, contactId)).toBeNull();
  });

  it('findCustomerIdsMatching searches like the list (Turkish-aware, phones), per organisation', async () => {
    expect(await findCustomerIdsMatching(usta.db, actor.organizationId, 'ışık')).toEqual([customer.id]);
    expect(await findCustomerIdsMatching(usta.db, actor.organizationId, 'isik sogutma')).toEqual([
      customer.id,
    ]);
    expect(await findCustomerIdsMatching(usta.db, actor.organizationId, '0532 123 45')).toEqual([
      customer.id,
    ]);
    expect(await findCustomerIdsMatching(usta.db, actor.organizationId, '   ')).toEqual([]);
    expect(await findCustomerIdsMatching(usta.db, otherOrganizationId, 'ışık')).toEqual([]);
  });

  it('registerDeviceFromWorkOrder adds the device in the caller transaction, audited', async () => {
    const device = await usta.db.transaction((tx) =>
      registerDeviceFromWorkOrder(tx, actor, {
        customerId: customer.id,
        brand: 'Arçelik',
        model: 'No-Frost 5000',
        deviceType: 'Buzdolabı',
        serialNumber: 'ab 123-x',
        warrantyStart: '2025-01-01',
        warrantyEnd: '2027-12-31',
      }),
    );
    expect(device).toMatchObject({
      customerId: customer.id,
      brand: 'Arçelik',
      serialNumber: 'ab 123-x',
      status: 'active',
    });
    expect(await findDevice(usta.db, actor.organizationId, device.id)).toEqual(device);
    expect(await findDevice(usta.db, otherOrganizationId, device.id)).toBeNull();
    const audit = await usta.db.execute(sql`SELECT action FROM audit_events WHERE entity_id = ${device.id}`);
    expect(audit.rows).toEqual([{ action: 'create' }]);
  });

  it('a duplicate serial of the brand is a 409 on newDevice.serialNumber; the caller rolls back', async () => {
    const attempt = usta.db.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE marker (x int) ON COMMIT DROP`);
      await registerDeviceFromWorkOrder(tx, actor, {
        customerId: customer.id,
        brand: 'ARCELIK ',
        model: 'Başka',
        deviceType: 'Buzdolabı',
        serialNumber: 'AB123-X',
      });
    });
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      status: 409,
      code: 'ALREADY_EXISTS',
      fieldErrors: [{ path: 'newDevice.serialNumber', code: 'serial_number_taken' }],
    });
    const count = await usta.db.execute(sql`SELECT count(*)::int AS n FROM devices`);
    expect(count.rows).toEqual([{ n: 1 }]);
  });

  it('an unknown customer is a 404 on customerId', async () => {
    const error = await usta.db
      .transaction((tx) =>
        registerDeviceFromWorkOrder(tx, actor, {
          customerId: '00000000-0000-4000-8000-000000000000',
          brand: 'Bosch',
          model: 'X',
          deviceType: 'Kombi',
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, fieldErrors: [{ path: 'customerId', code: 'not_found' }] });
  });
});
