import type { Customer } from '@usta/contracts/customers';
import { searchKey } from '@usta/core/text';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { findCustomerIdsMatching } from './index.ts';

let usta: TestUsta;
let callCenter: { authorization: string };
beforeAll(async () => {
  usta = await createTestUsta();
  callCenter = await usta.as('cagri@demo.usta');
});
afterAll(() => usta.close());

type Headers = Record<string, string>;
const post = (url: string, payload: unknown, headers: Headers = callCenter) =>
  usta.app.inject({ method: 'POST', url, payload: payload as object, headers });
const get = (url: string, headers: Headers = callCenter) => usta.app.inject({ method: 'GET', url, headers });

async function createCustomer(body: Record<string, unknown>): Promise<Customer> {
  const response = await post('/api/v1/customers', { type: 'individual', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Customer>();
}

const fieldErrors = (body: string) =>
  (JSON.parse(body) as { errors?: { path: string; code: string }[] }).errors?.map(
    (e) => `${e.path}:${e.code}`,
  );

describe('searching customers', () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = {
      isik: (await createCustomer({ name: 'IŞIK Elektrik', phones: [{ number: '0212 444 12 34' }] })).id,
      istanbul: (
        await createCustomer({ type: 'corporate', name: 'İSTANBUL Servis Ltd.', taxNumber: '4840000063' })
      ).id,
      cagri: (await createCustomer({ name: 'Çağrı Yıldız', emails: ['cagri.yildiz@ornek.com.tr'] })).id,
    };
  });

  const search = async (q: string) =>
    (await get(`/api/v1/customers?q=${encodeURIComponent(q)}`))
      .json<{ items: Customer[] }>()
      .items.map((c) => c.id);

  it('is Turkish-aware: ışık, istanbul, cagri', async () => {
    expect(await search('ışık')).toEqual([ids.isik]);
    expect(await search('Işık elek')).toEqual([ids.isik]);
    expect(await search('istanbul')).toEqual([ids.istanbul]);
    expect(await search('cagri')).toEqual([ids.cagri]);
    expect(await search('ÇAĞRI yıldız')).toEqual([ids.cagri]);
    expect(await search('no such name')).toEqual([]);
  });

  it('finds by phone however typed, tax-number prefix and e-mail', async () => {
    expect(await search('0212 444 12')).toEqual([ids.isik]);
    expect(await search('+90 212 4441234')).toEqual([ids.isik]);
    expect(await search('48400000')).toEqual(expect.arrayContaining([ids.istanbul]));
    expect(await search('cagri.yildiz@')).toEqual([ids.cagri]);
    expect(await search('%')).toEqual([]);
  });

  it('a contact’s phone finds the customer (caller id), in the list and for other modules', async () => {
    const response = await post('/api/v1/contacts', {
      customerId: ids.istanbul,
      name: 'Arayan',
      phone: '0544 321 98 76',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(await search('0544 321 98 76')).toEqual([ids.istanbul]);
    const organizationId = (await usta.login('cagri@demo.usta')).user.organization.id;
    expect(await findCustomerIdsMatching(usta.db, organizationId, '5443219876')).toEqual([ids.istanbul]);
  });

  it('the SQL search key agrees with searchKey of @usta/core/text', async () => {
    const samples = ['IŞIK', 'İSTANBUL', 'Çağrı Öztürk', 'ŞİŞLİ', 'Âşık Veysel', 'I\u0307stanbul'];
    for (const text of samples) {
      const { rows } = await usta.db.execute<{ key: string }>(sql`SELECT usta_search_key(${text}) AS key`);
      expect(rows[0]!.key, text).toBe(searchKey(text));
    }
  });
});

describe('listing customers', () => {
  beforeAll(async () => {
    for (const name of [
      'Zeynep Ak',
      'Can Er',
      'Çağla Su',
      'İsmail Tan',
      'Işıl Gök',
      'Ömer Bal',
      'Ahmet Öz',
    ]) {
      await createCustomer({
        name,
        tags: ['liste'],
        addresses: [{ province: 'BURSA', district: 'Nilüfer', line: '1' }],
      });
    }
  });

  async function walk(query: string, limit: number): Promise<string[]> {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/v1/customers?tag=liste&limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await get(url);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<{ items: Customer[]; nextCursor: string | null }>();
      names.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
    } while (cursor);
    return names;
  }

  it('sorts in Turkish alphabetical order across keyset pages, both ways', async () => {
    const turkish = ['Ahmet Öz', 'Can Er', 'Çağla Su', 'Işıl Gök', 'İsmail Tan', 'Ömer Bal', 'Zeynep Ak'];
    expect(await walk('sort=name', 2)).toEqual(turkish);
    expect(await walk('sort=-name', 3)).toEqual([...turkish].reverse());
    expect(await walk('sort=createdAt', 2)).toEqual([
      'Zeynep Ak',
      'Can Er',
      'Çağla Su',
      'İsmail Tan',
      'Işıl Gök',
      'Ömer Bal',
      'Ahmet Öz',
    ]);
    expect(await walk('sort=-updatedAt', 4)).toHaveLength(7);
  });

  it('filters by province (Turkish-aware), type and active; refuses a cursor of another sort', async () => {
    const bursa = (await get('/api/v1/customers?province=bursa&limit=200')).json<{ items: Customer[] }>()
      .items;
    expect(bursa).toHaveLength(7);
    const corporate = (await get('/api/v1/customers?type=corporate&tag=liste')).json<{ items: Customer[] }>()
      .items;
    expect(corporate).toEqual([]);
    const first = (await get('/api/v1/customers?tag=liste&limit=1&sort=name')).json<{ nextCursor: string }>();
    const wrong = await get(`/api/v1/customers?tag=liste&sort=createdAt&cursor=${first.nextCursor}`);
    expect(wrong.statusCode).toBe(400);
    expect(fieldErrors(wrong.body)).toEqual(['cursor:invalid']);
  });
});
