import type {
  ApplyResult,
  Board,
  BoardTechnician,
  CategoryRequirement,
  CheckVisitBody,
  CheckVisitResult,
  CreateSkillBody,
  CreateTeamBody,
  CreateVisitBody,
  InsertBody,
  InsertResult,
  OptimiseBody,
  OptimiseJob,
  Proposal,
  PutCategoryRequirementsBody,
  PutTechnicianBody,
  Skill,
  SlotCandidate,
  SlotSuggestionBody,
  SlotSuggestions,
  Team,
  Technician,
  TechnicianPlan,
  UnassignedOrder,
  UpdateSkillBody,
  UpdateTeamBody,
  UpdateVisitBody,
  Visit,
  VisitIssue,
  VisitWithOrder,
} from '@usta/contracts/planning';
import { api } from './client.ts';

export type {
  Board,
  BoardTechnician,
  CategoryRequirement,
  CheckVisitResult,
  OptimiseJob,
  Proposal,
  Skill,
  SlotCandidate,
  SlotSuggestions,
  Team,
  Technician,
  TechnicianPlan,
  UnassignedOrder,
  Visit,
  VisitIssue,
  VisitWithOrder,
};

const v1 = '/api/v1';
const enc = encodeURIComponent;

// ---------------------------------------------------------------- skills

export function listSkills(signal?: AbortSignal) {
  return api.request<{ items: Skill[] }>(`${v1}/skills`, { signal });
}

export function createSkill(body: CreateSkillBody) {
  return api.request<Skill>(`${v1}/skills`, { method: 'POST', body });
}

export function updateSkill(id: string, body: UpdateSkillBody) {
  return api.request<Skill>(`${v1}/skills/${enc(id)}`, { method: 'PATCH', body });
}

export function listCategoryRequirements(signal?: AbortSignal) {
  return api.request<{ items: CategoryRequirement[] }>(`${v1}/skills/category-requirements`, { signal });
}

export function putCategoryRequirements(body: PutCategoryRequirementsBody) {
  return api.request<{ items: CategoryRequirement[] }>(`${v1}/skills/category-requirements`, {
    method: 'PUT',
    body,
  });
}

// ---------------------------------------------------------------- technicians and teams

export function listTechnicians(query: { teamId?: string } = {}, signal?: AbortSignal) {
  return api.request<{ items: Technician[] }>(`${v1}/technicians`, { query, signal });
}

export function putTechnician(id: string, body: PutTechnicianBody) {
  return api.request<Technician>(`${v1}/technicians/${enc(id)}`, { method: 'PUT', body });
}

export function getTechnicianPlan(id: string, from: string, to: string, signal?: AbortSignal) {
  return api.request<TechnicianPlan>(`${v1}/technicians/${enc(id)}/plan`, { query: { from, to }, signal });
}

export function listTeams(signal?: AbortSignal) {
  return api.request<{ items: Team[] }>(`${v1}/teams`, { signal });
}

export function createTeam(body: CreateTeamBody) {
  return api.request<Team>(`${v1}/teams`, { method: 'POST', body });
}

export function updateTeam(id: string, body: UpdateTeamBody) {
  return api.request<Team>(`${v1}/teams/${enc(id)}`, { method: 'PATCH', body });
}

// ---------------------------------------------------------------- visits and the board

export function getBoard(date: string, teamId: string | null, signal?: AbortSignal) {
  return api.request<Board>(`${v1}/plans/board`, { query: { date, teamId }, signal });
}

export function listVisits(query: { workOrderId?: string; technicianId?: string }, signal?: AbortSignal) {
  return api.request<{ items: VisitWithOrder[] }>(`${v1}/visits`, { query, signal });
}

export function createVisit(body: CreateVisitBody) {
  return api.request<Visit>(`${v1}/visits`, { method: 'POST', body });
}

export function updateVisit(id: string, body: UpdateVisitBody) {
  return api.request<Visit>(`${v1}/visits/${enc(id)}`, { method: 'PATCH', body });
}

/** The create/move rules without writing: what the board shows before a drop. */
export function checkVisit(body: CheckVisitBody, signal?: AbortSignal) {
  return api.request<CheckVisitResult>(`${v1}/visits/check`, { method: 'POST', body, signal });
}

export function getSlotSuggestions(
  workOrderId: string,
  body: Partial<SlotSuggestionBody>,
  signal?: AbortSignal,
) {
  return api.request<SlotSuggestions>(`${v1}/work-orders/${enc(workOrderId)}/slot-suggestions`, {
    method: 'POST',
    body,
    signal,
  });
}

// ---------------------------------------------------------------- optimiser

export function startOptimise(body: Partial<OptimiseBody> & { date: string }) {
  return api.request<{ jobId: string }>(`${v1}/plans/optimise`, { method: 'POST', body });
}

export function getOptimiseJob(jobId: string, signal?: AbortSignal) {
  return api.request<OptimiseJob>(`${v1}/plans/optimise/${enc(jobId)}`, { signal });
}

/** 409 CONFLICT when the board changed since the proposal was made. */
export function applyPlan(planId: string) {
  return api.request<ApplyResult>(`${v1}/plans/${enc(planId)}/apply`, { method: 'POST', body: {} });
}

export function insertUrgent(body: Partial<InsertBody> & { workOrderId: string; date: string }) {
  return api.request<InsertResult>(`${v1}/plans/insert`, { method: 'POST', body });
}
