import { idParamsSchema } from '@usta/contracts/common';
import {
  createDeviceBodySchema,
  devicePageSchema,
  deviceSchema,
  listDevicesQuerySchema,
  updateDeviceBodySchema,
} from '@usta/contracts/devices';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { CREATE_ERRORS, LIST_ERRORS, READ_ERRORS, WRITE_ERRORS } from '../../http/problem-responses.ts';
import { createDevice } from './create-device.ts';
import { getDevice } from './get-device.ts';
import { listDevices } from './list-devices.ts';
import { updateDevice } from './update-device.ts';

export function deviceRoutes(app: App, { db }: AppContext) {
  const tags = ['devices'];

  app.get('/api/v1/devices', {
    config: { access: { permission: 'device:read' } },
    schema: {
      tags,
      summary: 'List the device registry',
      description:
        'By customer, brand, model, type, status, warranty status or warranty-end range (a month: from its first to its last day); `serialNumber` finds one serial in any brand.',
      querystring: listDevicesQuerySchema,
      response: { 200: devicePageSchema, ...LIST_ERRORS },
    },
    handler: (req) => listDevices(db, actorOf(req), req.query),
  });

  app.post('/api/v1/devices', {
    config: { access: { permission: 'device:write' } },
    schema: {
      tags,
      summary: 'Add a device card',
      description: 'A serial number already registered for the brand answers 409 on `serialNumber`.',
      body: createDeviceBodySchema,
      response: { 201: deviceSchema, ...CREATE_ERRORS },
    },
    handler: async (req, reply) => reply.status(201).send(await createDevice(db, actorOf(req), req.body)),
  });

  app.get('/api/v1/devices/:id', {
    config: { access: { permission: 'device:read' } },
    schema: {
      tags,
      summary: 'Get a device card',
      params: idParamsSchema,
      response: { 200: deviceSchema, ...READ_ERRORS },
    },
    handler: (req) => getDevice(db, actorOf(req), req.params.id),
  });

  app.patch('/api/v1/devices/:id', {
    config: { access: { permission: 'device:write' } },
    schema: {
      tags,
      summary: 'Edit a device card (status, warranty, move to another customer…)',
      description: 'A stale `version` answers 409 with the current record in `current`.',
      params: idParamsSchema,
      body: updateDeviceBodySchema,
      response: { 200: deviceSchema, ...WRITE_ERRORS },
    },
    handler: (req) => updateDevice(db, actorOf(req), req.params.id, req.body),
  });
}
