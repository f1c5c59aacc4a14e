import type {
  BusinessCalendar,
  CalendarYear,
  CreateCalendarBody,
  UpdateCalendarBody,
} from '@usta/contracts/calendars';
import type { SlaPreview } from '@usta/contracts/sla';
import { api } from './client.ts';

export type { BusinessCalendar, CalendarYear, SlaPreview };
export type CalendarDayEntry = BusinessCalendar['days'][number];
export type WeeklyHours = BusinessCalendar['weeklyHours'];
export type CalendarYearDay = CalendarYear['days'][number];
export type Priority = SlaPreview['priority'];

export interface CalendarPage {
  items: BusinessCalendar[];
  nextCursor: string | null;
}

export interface SlaPreviewRequest {
  priority: Priority;
  calendarId?: string;
  /** ISO date-time with its offset, e.g. `2026-03-13T17:50:00+03:00`. */
  receivedAt: string;
}

const path = (id: string) => `/api/v1/calendars/${encodeURIComponent(id)}`;

/** Every calendar of the company, the default first (a company has a handful, one page). */
export function listCalendars(signal?: AbortSignal) {
  return api.request<CalendarPage>('/api/v1/calendars', { signal });
}

export function getCalendar(id: string, signal?: AbortSignal) {
  return api.request<BusinessCalendar>(path(id), { signal });
}

export function createCalendar(body: CreateCalendarBody) {
  return api.request<BusinessCalendar>('/api/v1/calendars', { method: 'POST', body });
}

/** A stale `version` is answered with 409 CONFLICT carrying the calendar as it is now. */
export function updateCalendar(id: string, changes: UpdateCalendarBody) {
  return api.request<BusinessCalendar>(path(id), { method: 'PATCH', body: changes });
}

export function getCalendarYear(id: string, year: number, signal?: AbortSignal) {
  return api.request<CalendarYear>(`${path(id)}/year`, { query: { year }, signal });
}

export function previewSla(body: SlaPreviewRequest, signal?: AbortSignal) {
  return api.request<SlaPreview>('/api/v1/sla/preview', { method: 'POST', body, signal });
}
