import { idParamsSchema } from '@usta/contracts/common';
import {
  contactPageSchema,
  contactSchema,
  createContactBodySchema,
  createCustomerBodySchema,
  customerPageSchema,
  customerSchema,
  listContactsQuerySchema,
  listCustomersQuerySchema,
  updateContactBodySchema,
  updateCustomerBodySchema,
} from '@usta/contracts/customers';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { CREATE_ERRORS, LIST_ERRORS, READ_ERRORS, WRITE_ERRORS } from '../../http/problem-responses.ts';
import { createContact } from './create-contact.ts';
import { createCustomer } from './create-customer.ts';
import { getContact } from './get-contact.ts';
import { getCustomer } from './get-customer.ts';
import { listContacts } from './list-contacts.ts';
import { listCustomers } from './list-customers.ts';
import { updateContact } from './update-contact.ts';
import { updateCustomer } from './update-customer.ts';

export function customerRoutes(app: App, { db }: AppContext) {
  const tags = ['customers'];

  app.get('/api/v1/customers', {
    config: { access: { permission: 'customer:read' } },
    schema: {
      tags,
      summary: 'List and search customers',
      description:
        '`q` matches name words, phone digits, a tax-number prefix or e-mail, Turkish-aware ("cagri" finds "Çağrı").',
      querystring: listCustomersQuerySchema,
      response: { 200: customerPageSchema, ...LIST_ERRORS },
    },
    handler: (req) => listCustomers(db, actorOf(req), req.query),
  });

  app.post('/api/v1/customers', {
    config: { access: { permission: 'customer:write' } },
    schema: {
      tags,
      summary: 'Create a customer',
      body: createCustomerBodySchema,
      response: { 201: customerSchema, ...CREATE_ERRORS },
    },
    handler: async (req, reply) => reply.status(201).send(await createCustomer(db, actorOf(req), req.body)),
  });

  app.get('/api/v1/customers/:id', {
    config: { access: { permission: 'customer:read' } },
    schema: {
      tags,
      summary: 'Get a customer',
      params: idParamsSchema,
      response: { 200: customerSchema, ...READ_ERRORS },
    },
    handler: (req) => getCustomer(db, actorOf(req), req.params.id),
  });

  app.patch('/api/v1/customers/:id', {
    config: { access: { permission: 'customer:write' } },
    schema: {
      tags,
      summary: 'Edit a customer',
      description: 'A stale `version` answers 409 with the current record in `current`.',
      params: idParamsSchema,
      body: updateCustomerBodySchema,
      response: { 200: customerSchema, ...WRITE_ERRORS },
    },
    handler: (req) => updateCustomer(db, actorOf(req), req.params.id, req.body),
  });

  app.get('/api/v1/customers/:id/contacts', {
    config: { access: { permission: 'customer:read' } },
    schema: {
      tags,
      summary: 'List the contacts of a customer',
      params: idParamsSchema,
      querystring: listContactsQuerySchema.omit({ customerId: true }),
      response: { 200: contactPageSchema, ...READ_ERRORS },
    },
    handler: (req) =>
      listContacts(db, actorOf(req), { ...req.query, customerId: req.params.id }, { requireCustomer: true }),
  });

  app.get('/api/v1/contacts', {
    config: { access: { permission: 'customer:read' } },
    schema: {
      tags,
      summary: 'List and search contacts',
      querystring: listContactsQuerySchema,
      response: { 200: contactPageSchema, ...LIST_ERRORS },
    },
    handler: (req) => listContacts(db, actorOf(req), req.query),
  });

  app.post('/api/v1/contacts', {
    config: { access: { permission: 'customer:write' } },
    schema: {
      tags,
      summary: 'Add a contact to a customer',
      body: createContactBodySchema,
      response: { 201: contactSchema, ...CREATE_ERRORS },
    },
    handler: async (req, reply) => reply.status(201).send(await createContact(db, actorOf(req), req.body)),
  });

  app.get('/api/v1/contacts/:id', {
    config: { access: { permission: 'customer:read' } },
    schema: {
      tags,
      summary: 'Get a contact',
      params: idParamsSchema,
      response: { 200: contactSchema, ...READ_ERRORS },
    },
    handler: (req) => getContact(db, actorOf(req), req.params.id),
  });

  app.patch('/api/v1/contacts/:id', {
    config: { access: { permission: 'customer:write' } },
    schema: {
      tags,
      summary: 'Edit or deactivate a contact',
      params: idParamsSchema,
      body: updateContactBodySchema,
      response: { 200: contactSchema, ...WRITE_ERRORS },
    },
    handler: (req) => updateContact(db, actorOf(req), req.params.id, req.body),
  });
}
