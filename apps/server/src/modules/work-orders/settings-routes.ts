import { idParamsSchema } from '@usta/contracts/common';
import {
  createWorkOrderCategoryBodySchema,
  priorityMatrixSchema,
  replaceWorkOrderStatusesBodySchema,
  savedViewBodySchema,
  savedViewListSchema,
  savedViewSchema,
  updateWorkOrderCategoryBodySchema,
  workOrderCategorySchema,
  workOrderStatusListSchema,
} from '@usta/contracts/work-orders';
import { z } from 'zod';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { CREATE_ERRORS, LIST_ERRORS, problemResponses, WRITE_ERRORS } from '../../http/problem-responses.ts';

/** Replacing a company-wide setting: no id to miss, but stale versions and rule refusals. */
const SETTINGS_WRITE_ERRORS = problemResponses([400, 401, 403, 409, 422]);

import { createCategory, listCategories, updateCategory } from './manage-categories.ts';
import { getPriorityMatrix, replacePriorityMatrix } from './manage-priority-matrix.ts';
import { createSavedView, deleteSavedView, listSavedViews, replaceSavedView } from './manage-saved-views.ts';
import { listStatuses, replaceStatuses } from './manage-statuses.ts';

/** The company's statuses, categories and priority matrix; every user's saved list views. */
export function workOrderSettingsRoutes(app: App, { db }: AppContext) {
  const tags = ['work-order settings'];
  const read = { access: { permission: 'work_order:read' as const } };
  const write = { access: { permission: 'settings:write' as const } };

  app.get('/api/v1/settings/work-order-statuses', {
    config: read,
    schema: {
      tags,
      summary: 'The company’s statuses',
      response: { 200: workOrderStatusListSchema, ...LIST_ERRORS },
    },
    handler: (req) => listStatuses(db, actorOf(req)),
  });
  app.put('/api/v1/settings/work-order-statuses', {
    config: write,
    schema: {
      tags,
      summary:
        'Replace the status list (every phase keeps an active status; codes in use can only be retired)',
      body: replaceWorkOrderStatusesBodySchema,
      response: { 200: workOrderStatusListSchema, ...SETTINGS_WRITE_ERRORS },
    },
    handler: (req) => replaceStatuses(db, actorOf(req), req.body),
  });

  app.get('/api/v1/settings/work-order-categories', {
    config: read,
    schema: {
      tags,
      summary: 'The category tree, flat',
      response: { 200: z.object({ items: z.array(workOrderCategorySchema) }), ...LIST_ERRORS },
    },
    handler: (req) => listCategories(db, actorOf(req)),
  });
  app.post('/api/v1/settings/work-order-categories', {
    config: write,
    schema: {
      tags,
      summary: 'Add a category or subcategory',
      body: createWorkOrderCategoryBodySchema,
      response: { 201: workOrderCategorySchema, ...CREATE_ERRORS },
    },
    handler: async (req, reply) => reply.status(201).send(await createCategory(db, actorOf(req), req.body)),
  });
  app.patch('/api/v1/settings/work-order-categories/:id', {
    config: write,
    schema: {
      tags,
      summary: 'Edit, move or retire a category',
      params: idParamsSchema,
      body: updateWorkOrderCategoryBodySchema,
      response: { 200: workOrderCategorySchema, ...WRITE_ERRORS },
    },
    handler: (req) => updateCategory(db, actorOf(req), req.params.id, req.body),
  });

  app.get('/api/v1/settings/priority-matrix', {
    config: read,
    schema: {
      tags,
      summary: 'Impact × urgency → priority',
      response: { 200: priorityMatrixSchema, ...LIST_ERRORS },
    },
    handler: (req) => getPriorityMatrix(db, actorOf(req)),
  });
  app.put('/api/v1/settings/priority-matrix', {
    config: write,
    schema: {
      tags,
      summary: 'Replace the priority matrix',
      body: priorityMatrixSchema,
      response: { 200: priorityMatrixSchema, ...SETTINGS_WRITE_ERRORS },
    },
    handler: (req) => replacePriorityMatrix(db, actorOf(req), req.body),
  });

  const views = ['work-order views'];
  app.get('/api/v1/work-order-views', {
    config: read,
    schema: {
      tags: views,
      summary: 'My saved list views',
      response: { 200: savedViewListSchema, ...LIST_ERRORS },
    },
    handler: (req) => listSavedViews(db, actorOf(req)),
  });
  app.post('/api/v1/work-order-views', {
    config: read,
    schema: {
      tags: views,
      summary: 'Save a list view',
      body: savedViewBodySchema,
      response: { 201: savedViewSchema, ...CREATE_ERRORS },
    },
    handler: async (req, reply) => reply.status(201).send(await createSavedView(db, actorOf(req), req.body)),
  });
  app.put('/api/v1/work-order-views/:id', {
    config: read,
    schema: {
      tags: views,
      summary: 'Rename or change a saved view',
      params: idParamsSchema,
      body: savedViewBodySchema,
      response: { 200: savedViewSchema, ...WRITE_ERRORS },
    },
    handler: (req) => replaceSavedView(db, actorOf(req), req.params.id, req.body),
  });
  app.delete('/api/v1/work-order-views/:id', {
    config: read,
    schema: {
      tags: views,
      summary: 'Delete a saved view',
      params: idParamsSchema,
      response: { 204: z.null(), ...WRITE_ERRORS },
    },
    handler: async (req, reply) => {
      await deleteSavedView(db, actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
}
