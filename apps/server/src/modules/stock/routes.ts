import { idParamsSchema } from '@usta/contracts/common';
import {
  partUseListSchema,
  stockItemListSchema,
  stockLevelListSchema,
  stockLevelsQuerySchema,
  warehouseListSchema,
} from '@usta/contracts/stock';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { notFound } from '../../http/errors.ts';
import { isOrderVisible } from '../work-orders/index.ts';
import { listPartsOf, listStockItems, listStockLevels, listWarehouses } from './list-stock.ts';

export function stockRoutes(app: App, { db }: AppContext) {
  const tags = ['stock'];

  app.get('/api/v1/stock/items', {
    config: { access: { permission: 'stock:read' } },
    schema: { tags, summary: 'Items (malzeme kartları)', response: { 200: stockItemListSchema } },
    handler: (req) => listStockItems(db, actorOf(req)),
  });

  app.get('/api/v1/stock/warehouses', {
    config: { access: { permission: 'stock:read' } },
    schema: {
      tags,
      summary: 'Warehouses: the main one and a van per technician',
      response: { 200: warehouseListSchema },
    },
    handler: (req) => listWarehouses(db, actorOf(req)),
  });

  app.get('/api/v1/stock/levels', {
    config: { access: { permission: 'stock:read' } },
    schema: {
      tags,
      summary: 'Stock levels, of one warehouse or all (serials on hand for tracked items)',
      querystring: stockLevelsQuerySchema,
      response: { 200: stockLevelListSchema },
    },
    handler: (req) => listStockLevels(db, actorOf(req), req.query.warehouseId),
  });

  app.get('/api/v1/work-orders/:id/parts', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags: ['work-orders'],
      summary: 'Parts used on the order (debited from the technician’s van)',
      params: idParamsSchema,
      response: { 200: partUseListSchema },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      if (!(await isOrderVisible(db, actor, req.params.id))) throw notFound('work order');
      return { items: await listPartsOf(db, actor.organizationId, [req.params.id]) };
    },
  });
}
