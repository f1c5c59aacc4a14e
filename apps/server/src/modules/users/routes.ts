import { idParamsSchema } from '@usta/contracts/common';
import {
  createUserBodySchema,
  listUsersQuerySchema,
  resetPasswordBodySchema,
  roleSchema,
  updateUserBodySchema,
  userPageSchema,
  userSchema,
} from '@usta/contracts/users';
import { ROLE_PERMISSIONS, STAFF_ROLES } from '@usta/core/access';
import { z } from 'zod';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createUser } from './create-user.ts';
import { getUser } from './get-user.ts';
import { listAssignees } from './list-assignees.ts';
import { listUsers } from './list-users.ts';
import { resetUserPassword } from './reset-user-password.ts';
import { updateUser } from './update-user.ts';

export function userRoutes(app: App, { db }: AppContext) {
  const tags = ['users'];

  app.get('/api/v1/users', {
    config: { access: { permission: 'user:read' } },
    schema: {
      tags,
      summary: 'List users',
      querystring: listUsersQuerySchema,
      response: { 200: userPageSchema },
    },
    handler: (req) => listUsers(db, actorOf(req), req.query),
  });

  app.post('/api/v1/users', {
    config: { access: { permission: 'user:manage' } },
    schema: { tags, summary: 'Create a user', body: createUserBodySchema, response: { 201: userSchema } },
    handler: async (req, reply) => reply.status(201).send(await createUser(db, actorOf(req), req.body)),
  });

  app.get('/api/v1/users/:id', {
    config: { access: { permission: 'user:read' } },
    schema: { tags, summary: 'Get a user', params: idParamsSchema, response: { 200: userSchema } },
    handler: (req) => getUser(db, actorOf(req), req.params.id),
  });

  app.patch('/api/v1/users/:id', {
    config: { access: { permission: 'user:manage' } },
    schema: {
      tags,
      summary: 'Edit, deactivate or reactivate a user',
      description: 'Deactivating ends every session of the user at once.',
      params: idParamsSchema,
      body: updateUserBodySchema,
      response: { 200: userSchema },
    },
    handler: (req) => updateUser(db, actorOf(req), req.params.id, req.body),
  });

  app.post('/api/v1/users/:id/password', {
    config: { access: { permission: 'user:manage' } },
    schema: {
      tags,
      summary: 'Set a new password for a user (ends their sessions)',
      params: idParamsSchema,
      body: resetPasswordBodySchema,
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await resetUserPassword(db, actorOf(req), req.params.id, req.body.password);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/work-orders/assignees', {
    config: { access: { permission: 'work_order:assign' } },
    schema: {
      tags: ['work-orders'],
      summary: 'Active technicians a planner can assign (names only)',
      response: { 200: z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) }) },
    },
    handler: (req) => listAssignees(db, actorOf(req)),
  });

  app.get('/api/v1/roles', {
    config: { access: { permission: 'user:read' } },
    schema: {
      tags,
      summary: 'Roles and the permissions each grants',
      response: { 200: z.array(roleSchema) },
    },
    handler: async () => STAFF_ROLES.map((role) => ({ role, permissions: [...ROLE_PERMISSIONS[role]] })),
  });
}
