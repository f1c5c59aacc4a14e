import { idParamsSchema } from '@usta/contracts/common';
import {
  applyResultSchema,
  boardQuerySchema,
  boardSchema,
  categoryRequirementListSchema,
  checkVisitBodySchema,
  checkVisitResultSchema,
  createSkillBodySchema,
  createTeamBodySchema,
  createVisitBodySchema,
  insertBodySchema,
  insertResultSchema,
  optimiseAcceptedSchema,
  optimiseBodySchema,
  optimiseJobParamsSchema,
  optimiseJobSchema,
  putCategoryRequirementsBodySchema,
  putTechnicianBodySchema,
  skillListSchema,
  skillSchema,
  slotSuggestionBodySchema,
  slotSuggestionQuerySchema,
  slotSuggestionsSchema,
  teamListSchema,
  teamSchema,
  technicianListQuerySchema,
  technicianListSchema,
  technicianPlanQuerySchema,
  technicianPlanSchema,
  technicianSchema,
  updateSkillBodySchema,
  updateTeamBodySchema,
  updateVisitBodySchema,
  updateVisitStatusBodySchema,
  visitListQuerySchema,
  visitListSchema,
  visitSchema,
} from '@usta/contracts/planning';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { requestLocale } from '../../http/locale.ts';
import { applyPlan } from './apply-plan.ts';
import { getBoard, getTechnicianPlan } from './board.ts';
import { insertUrgent } from './insert-urgent.ts';
import {
  createSkill,
  listCategoryRequirements,
  listSkills,
  putCategoryRequirements,
  updateSkill,
} from './manage-skills.ts';
import {
  createTeam,
  getTeam,
  getTechnician,
  listTeams,
  listTechnicians,
  putTechnician,
  updateTeam,
} from './manage-technicians.ts';
import { checkVisit, createVisit, listVisits, updateVisit, updateVisitStatus } from './manage-visits.ts';
import { getOptimiseJob, startOptimise } from './optimise.ts';
import { suggestSlots } from './suggest-slots.ts';

const read = { access: { permission: 'planning:read' as const } };
const write = { access: { permission: 'planning:write' as const } };

export function planningRoutes(app: App, { db }: AppContext) {
  const tags = ['planning'];

  // ---- skills
  app.get('/api/v1/skills', {
    config: read,
    schema: {
      tags,
      summary: 'The company’s skill tree (flat, parents first)',
      response: { 200: skillListSchema },
    },
    handler: (req) => listSkills(db, actorOf(req)),
  });
  app.post('/api/v1/skills', {
    config: write,
    schema: { tags, summary: 'Add a skill', body: createSkillBodySchema, response: { 201: skillSchema } },
    handler: async (req, reply) => reply.status(201).send(await createSkill(db, actorOf(req), req.body)),
  });
  app.patch('/api/v1/skills/:id', {
    config: write,
    schema: {
      tags,
      summary: 'Edit a skill',
      params: idParamsSchema,
      body: updateSkillBodySchema,
      response: { 200: skillSchema },
    },
    handler: (req) => updateSkill(db, actorOf(req), req.params.id, req.body),
  });
  app.get('/api/v1/skills/category-requirements', {
    config: read,
    schema: {
      tags,
      summary: 'Order category → required skill, level and visit length',
      response: { 200: categoryRequirementListSchema },
    },
    handler: (req) => listCategoryRequirements(db, actorOf(req)),
  });
  app.put('/api/v1/skills/category-requirements', {
    config: write,
    schema: {
      tags,
      summary: 'Replace the category → skill mapping',
      body: putCategoryRequirementsBodySchema,
      response: { 200: categoryRequirementListSchema },
    },
    handler: (req) => putCategoryRequirements(db, actorOf(req), req.body),
  });

  // ---- technicians and teams
  app.get('/api/v1/technicians', {
    config: read,
    schema: {
      tags,
      summary: 'Technicians with their planning profile',
      querystring: technicianListQuerySchema,
      response: { 200: technicianListSchema },
    },
    handler: (req) => listTechnicians(db, actorOf(req), req.query),
  });
  app.get('/api/v1/technicians/:id', {
    config: read,
    schema: {
      tags,
      summary: 'A technician’s planning profile',
      params: idParamsSchema,
      response: { 200: technicianSchema },
    },
    handler: (req) => getTechnician(db, actorOf(req), req.params.id),
  });
  app.put('/api/v1/technicians/:id', {
    config: write,
    schema: {
      tags,
      summary: 'Save a technician’s profile (version 0 creates it)',
      params: idParamsSchema,
      body: putTechnicianBodySchema,
      response: { 200: technicianSchema },
    },
    handler: (req) => putTechnician(db, actorOf(req), req.params.id, req.body),
  });
  app.get('/api/v1/technicians/:id/plan', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'Daily/weekly plan of a technician (technicians: their own)',
      params: idParamsSchema,
      querystring: technicianPlanQuerySchema,
      response: { 200: technicianPlanSchema },
    },
    handler: (req) => getTechnicianPlan(db, actorOf(req), req.params.id, req.query),
  });
  app.get('/api/v1/teams', {
    config: read,
    schema: { tags, summary: 'Teams', response: { 200: teamListSchema } },
    handler: (req) => listTeams(db, actorOf(req)),
  });
  app.post('/api/v1/teams', {
    config: write,
    schema: { tags, summary: 'Create a team', body: createTeamBodySchema, response: { 201: teamSchema } },
    handler: async (req, reply) => reply.status(201).send(await createTeam(db, actorOf(req), req.body)),
  });
  app.get('/api/v1/teams/:id', {
    config: read,
    schema: { tags, summary: 'A team', params: idParamsSchema, response: { 200: teamSchema } },
    handler: (req) => getTeam(db, actorOf(req), req.params.id),
  });
  app.patch('/api/v1/teams/:id', {
    config: write,
    schema: {
      tags,
      summary: 'Edit a team',
      params: idParamsSchema,
      body: updateTeamBodySchema,
      response: { 200: teamSchema },
    },
    handler: (req) => updateTeam(db, actorOf(req), req.params.id, req.body),
  });

  // ---- visits
  app.get('/api/v1/visits', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'Visits with their orders (technicians: their own)',
      querystring: visitListQuerySchema,
      response: { 200: visitListSchema },
    },
    handler: (req) => listVisits(db, actorOf(req), req.query),
  });
  app.post('/api/v1/visits', {
    config: write,
    schema: {
      tags,
      summary: 'Plan a visit of an order',
      description:
        'Rejected with 422 VISIT_REJECTED naming every reason (outside shift, holiday, missing skill, window end before start…) and 409 VISIT_OVERLAP when the technician is busy (a database exclusion constraint).',
      body: createVisitBodySchema,
      response: { 201: visitSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await createVisit(db, actorOf(req), req.body)),
  });
  app.post('/api/v1/visits/check', {
    config: read,
    schema: {
      tags,
      summary: 'Check a visit before saving (what the board shows before a drop)',
      body: checkVisitBodySchema,
      response: { 200: checkVisitResultSchema },
    },
    handler: (req) => checkVisit(db, actorOf(req), req.body, requestLocale(req)),
  });
  app.patch('/api/v1/visits/:id', {
    config: write,
    schema: {
      tags,
      summary: 'Move, re-time, pin or change the status of a visit',
      params: idParamsSchema,
      body: updateVisitBodySchema,
      response: { 200: visitSchema },
    },
    handler: (req) => updateVisit(db, actorOf(req), req.params.id, req.body),
  });
  app.post('/api/v1/visits/:id/status', {
    config: { access: { permission: 'work_order:work' } },
    schema: {
      tags,
      summary: 'A technician reports progress on their own visit',
      params: idParamsSchema,
      body: updateVisitStatusBodySchema,
      response: { 200: visitSchema },
    },
    handler: (req) => updateVisitStatus(db, actorOf(req), req.params.id, req.body),
  });

  // ---- board, suggestions, optimiser
  app.get('/api/v1/plans/board', {
    config: read,
    schema: {
      tags,
      summary: 'The dispatch board of a day',
      querystring: boardQuerySchema,
      response: { 200: boardSchema },
    },
    handler: (req) => getBoard(db, actorOf(req), req.query),
  });
  // The call centre offers slots to the caller: anyone who reads every order may ask.
  app.get('/api/v1/work-orders/:id/slot-suggestions', {
    config: { access: { permission: 'work_order:read_all' } },
    schema: {
      tags,
      summary: 'Best technician/time candidates for an order',
      params: idParamsSchema,
      querystring: slotSuggestionQuerySchema,
      response: { 200: slotSuggestionsSchema },
    },
    handler: (req) => suggestSlots(db, actorOf(req), req.params.id, req.query),
  });
  app.post('/api/v1/work-orders/:id/slot-suggestions', {
    config: { access: { permission: 'work_order:read_all' } },
    schema: {
      tags,
      summary: 'Slot candidates with options (duration, window length, technicians)',
      params: idParamsSchema,
      body: slotSuggestionBodySchema,
      response: { 200: slotSuggestionsSchema },
    },
    handler: (req) => suggestSlots(db, actorOf(req), req.params.id, req.body),
  });
  app.post('/api/v1/plans/optimise', {
    config: write,
    schema: {
      tags,
      summary: 'Optimise a day in the background',
      body: optimiseBodySchema,
      response: { 202: optimiseAcceptedSchema },
    },
    handler: async (req, reply) => reply.status(202).send(await startOptimise(db, actorOf(req), req.body)),
  });
  app.get('/api/v1/plans/optimise/:jobId', {
    config: read,
    schema: {
      tags,
      summary: 'Progress and proposal of an optimiser run',
      params: optimiseJobParamsSchema,
      response: { 200: optimiseJobSchema },
    },
    handler: (req) => getOptimiseJob(db, actorOf(req), req.params.jobId),
  });
  app.post('/api/v1/plans/insert', {
    config: write,
    schema: {
      tags,
      summary: 'Propose the cheapest feasible place for an urgent order',
      body: insertBodySchema,
      response: { 200: insertResultSchema },
    },
    handler: (req) => insertUrgent(db, actorOf(req), req.body),
  });
  app.post('/api/v1/plans/:id/apply', {
    config: write,
    schema: {
      tags,
      summary: 'Apply a proposal (all or nothing; 409 PLAN_STALE if the board changed)',
      params: idParamsSchema,
      response: { 200: applyResultSchema },
    },
    handler: (req) => applyPlan(db, actorOf(req), req.params.id),
  });
}
