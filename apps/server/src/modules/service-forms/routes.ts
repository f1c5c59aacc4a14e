import {
  previewServiceFormBodySchema,
  serviceFormTemplateSchema,
  updateServiceFormTemplateBodySchema,
} from '@usta/contracts/service-forms';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { getServiceFormTemplate } from './load-service-form-template.ts';
import { previewServiceForm } from './preview-service-form.ts';
import { saveServiceFormTemplate } from './save-service-form-template.ts';

export function serviceFormRoutes(app: App, { db }: AppContext) {
  const tags = ['settings'];
  const url = '/api/v1/settings/service-form-template';

  app.get(url, {
    config: { access: { permission: 'settings:read' } },
    schema: {
      tags,
      summary: 'The printed service form’s template (version 0: the defaults, never saved)',
      response: { 200: serviceFormTemplateSchema },
    },
    handler: (req) => getServiceFormTemplate(db, actorOf(req).organizationId),
  });

  app.put(url, {
    config: { access: { permission: 'settings:write' } },
    schema: {
      tags,
      summary: 'Replace the service form’s template',
      description: 'Send the `version` you read; a stale one answers 409 with the current template.',
      body: updateServiceFormTemplateBodySchema,
      response: { 200: serviceFormTemplateSchema },
    },
    handler: (req) => saveServiceFormTemplate(db, actorOf(req), req.body),
  });

  app.post(`${url}/preview`, {
    config: { access: { permission: 'settings:read' } },
    schema: {
      tags,
      summary: 'A sample service form (application/pdf) with demo data',
      description: 'With `template` in the body, previews that unsaved template; else the stored one.',
      body: previewServiceFormBodySchema,
    },
    handler: async (req, reply) => {
      const pdf = await previewServiceForm(db, actorOf(req), req.body?.template);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="service-form-preview.pdf"')
        .send(pdf);
    },
  });
}
