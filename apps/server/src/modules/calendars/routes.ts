import {
  calendarPageSchema,
  calendarSchema,
  calendarYearQuerySchema,
  calendarYearSchema,
  createCalendarBodySchema,
  updateCalendarBodySchema,
} from '@usta/contracts/calendars';
import { idParamsSchema } from '@usta/contracts/common';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createCalendar } from './create-calendar.ts';
import { describeCalendarYear } from './describe-calendar-year.ts';
import { getCalendar, listCalendars } from './list-calendars.ts';
import { updateCalendar } from './update-calendar.ts';

export function calendarRoutes(app: App, { db }: AppContext) {
  const tags = ['calendars'];

  app.get('/api/v1/calendars', {
    config: { access: { permission: 'settings:read' } },
    schema: {
      tags,
      summary: 'Business calendars (the default first)',
      response: { 200: calendarPageSchema },
    },
    handler: (req) => listCalendars(db, actorOf(req)),
  });

  app.post('/api/v1/calendars', {
    config: { access: { permission: 'settings:write' } },
    schema: {
      tags,
      summary: 'Create a business calendar',
      description:
        'Working hours per weekday (several intervals a day), company holidays, half days and exceptional working days; public holidays of Türkiye are added unless `publicHolidays` is `none`.',
      body: createCalendarBodySchema,
      response: { 201: calendarSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await createCalendar(db, actorOf(req), req.body)),
  });

  app.get('/api/v1/calendars/:id', {
    config: { access: { permission: 'settings:read' } },
    schema: { tags, summary: 'Get a calendar', params: idParamsSchema, response: { 200: calendarSchema } },
    handler: (req) => getCalendar(db, actorOf(req), req.params.id),
  });

  app.patch('/api/v1/calendars/:id', {
    config: { access: { permission: 'settings:write' } },
    schema: {
      tags,
      summary: 'Edit a calendar (optimistic concurrency with version)',
      params: idParamsSchema,
      body: updateCalendarBodySchema,
      response: { 200: calendarSchema },
    },
    handler: (req) => updateCalendar(db, actorOf(req), req.params.id, req.body),
  });

  app.get('/api/v1/calendars/:id/year', {
    config: { access: { permission: 'settings:read' } },
    schema: {
      tags,
      summary: 'Every day of a year with its working time and holidays (the year view)',
      params: idParamsSchema,
      querystring: calendarYearQuerySchema,
      response: { 200: calendarYearSchema },
    },
    handler: (req) => describeCalendarYear(db, actorOf(req), req.params.id, req.query.year),
  });
}
