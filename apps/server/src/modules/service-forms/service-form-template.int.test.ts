import type { ServiceFormTemplate } from '@usta/contracts/service-forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { defaultServiceFormTemplate } from './default-template.ts';
import { loadServiceFormTemplate } from './index.ts';
import { extractPdfText } from './test-support/extract-pdf-text.ts';

let usta: TestUsta;
beforeAll(async () => {
  usta = await createTestUsta();
});
afterAll(() => usta.close());

const URL = '/api/v1/settings/service-form-template';
const call = async (method: 'GET' | 'PUT' | 'POST', url: string, who: string, payload?: unknown) =>
  usta.app.inject({
    method,
    url,
    headers: await usta.as(who),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const MANAGER = 'yonetici@demo.usta';
const edited = (version: number, changes: Record<string, unknown> = {}) => ({
  ...defaultServiceFormTemplate('tr'),
  title: 'TEKNİK SERVİS FORMU',
  headerLines: ['Yetkili servis · 444 0 123'],
  accentColour: '#8a1c1c',
  sections: ['customer', 'device', 'complaint', 'workDone', 'signatures'],
  version,
  ...changes,
});
const errorsOf = (response: { json: <T>() => T }) =>
  response.json<{ errors: { path: string; code: string; message: string }[] }>().errors;

describe('the service-form template', () => {
  it('starts from the defaults (version 0), then saves, versions and audits the company’s own', async () => {
    const first = await call('GET', URL, MANAGER);
    expect(first.statusCode).toBe(200);
    expect(first.json<ServiceFormTemplate>()).toMatchObject({
      version: 0,
      updatedAt: null,
      locale: 'tr',
      accentColour: '#1c4e80',
    });

    const saved = await call('PUT', URL, MANAGER, edited(0));
    expect(saved.statusCode).toBe(200);
    expect(saved.json<ServiceFormTemplate>()).toMatchObject({
      version: 1,
      title: 'TEKNİK SERVİS FORMU',
      accentColour: '#8a1c1c',
    });

    const again = await call('PUT', URL, MANAGER, edited(1, { accentColour: '#225522' }));
    expect(again.json<ServiceFormTemplate>().version).toBe(2);
    expect((await call('GET', URL, 'admin@demo.usta')).json<ServiceFormTemplate>()).toMatchObject({
      version: 2,
      accentColour: '#225522',
    });

    const loaded = await loadServiceFormTemplate(usta.db, (await usta.login(MANAGER)).user.organization.id);
    expect(loaded.sections).toEqual(['customer', 'device', 'complaint', 'workDone', 'signatures']);

    const audit = await call('GET', '/api/v1/audit-events?entityType=service_form_template', MANAGER);
    const events = audit.json<{
      items: { action: string; changes: Record<string, { before: unknown; after: unknown }> }[];
    }>().items;
    expect(events.map((e) => e.action)).toEqual(['update', 'create']);
    expect(events[0]!.changes.accentColour).toEqual({ before: '#8a1c1c', after: '#225522' });
  });

  it('answers a stale version with 409 and the current template', async () => {
    const current = (await call('GET', URL, MANAGER)).json<ServiceFormTemplate>();
    const stale = await call('PUT', URL, MANAGER, edited(current.version - 1));
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: ServiceFormTemplate }>().current.version).toBe(current.version);
    const replacingDefaults = await call('PUT', URL, MANAGER, edited(0));
    expect(replacingDefaults.statusCode).toBe(409);
  });

  it('lets exactly one of two concurrent saves of the same version win', async () => {
    const { version } = (await call('GET', URL, MANAGER)).json<ServiceFormTemplate>();
    const results = await Promise.all([
      call('PUT', URL, MANAGER, edited(version, { title: 'A' })),
      call('PUT', URL, 'admin@demo.usta', edited(version, { title: 'B' })),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('names the field of a bad colour, an unknown or repeated section, and a non-image logo', async () => {
    const response = await call(
      'PUT',
      URL,
      MANAGER,
      edited(1, {
        accentColour: 'red',
        sections: ['customer', 'invoice'],
        logo: 'data:text/html;base64,PHA+',
      }),
    );
    expect(response.statusCode).toBe(400);
    const errors = errorsOf(response);
    expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual(
      expect.arrayContaining([
        'accentColour:invalid_colour',
        'sections.1:invalid_value',
        'logo:invalid_logo',
      ]),
    );
    expect(errors.find((e) => e.path === 'accentColour')!.message).toContain('#rrggbb');
    const repeated = await call('PUT', URL, MANAGER, edited(1, { sections: ['customer', 'customer'] }));
    expect(errorsOf(repeated).map((e) => `${e.path}:${e.code}`)).toEqual(['sections:duplicate_section']);
    const unknownField = await call('PUT', URL, MANAGER, { ...edited(1), colour: '#000000' });
    expect(errorsOf(unknownField).map((e) => `${e.path}:${e.code}`)).toEqual(['colour:unrecognized_key']);
  });

  it('keeps each company’s template to itself and to the right roles', async () => {
    await usta.createOrganization('baska');
    const theirs = (await call('GET', URL, 'manager@baska.test')).json<ServiceFormTemplate>();
    expect(theirs.version).toBe(0);
    expect((await call('PUT', URL, 'cagri@demo.usta', edited(0))).statusCode).toBe(403);
    expect((await call('GET', URL, 'teknisyen1@demo.usta')).statusCode).toBe(403);
  });

  it('previews the stored template, or an unsaved one, as a PDF with demo data', async () => {
    const stored = await call('POST', `${URL}/preview`, MANAGER);
    expect(stored.statusCode).toBe(200);
    expect(stored.headers['content-type']).toBe('application/pdf');
    const text = extractPdfText(stored.rawPayload).pages.join('\n');
    expect(text).toContain('Demo Servis'); // the company's own name heads the sample
    expect(text).toContain('Çağlar Işık Gıda Ltd. Şti.');
    expect(text).not.toContain('Kullanılan parçalar'); // the stored template leaves parts out

    const { version: _version, ...unsaved } = edited(0, {
      locale: 'en',
      title: null,
      sections: ['parts', 'signatures'],
      signatureCaptions: ['Technician', 'Customer'],
    });
    const preview = await call('POST', `${URL}/preview`, MANAGER, { template: unsaved });
    const english = extractPdfText(preview.rawPayload).pages.join('\n');
    expect(english).toContain('SERVICE FORM');
    expect(english).toContain('Parts used');
    const bad = await call('POST', `${URL}/preview`, MANAGER, {
      template: { ...unsaved, accentColour: '#12' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
