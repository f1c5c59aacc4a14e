import type { WorkOrderListSla } from '@usta/contracts/sla';
import type { WorkOrderListItem } from '@usta/contracts/work-orders';
import type { WorkOrderStatusDefinition } from '@usta/core/work-orders';
import { getTableName } from 'drizzle-orm';
import pg from 'pg';
import type { Database, Executor } from '../../db/database.ts';
import {
  listSlasOfStoredRows,
  SLA_LIST_FIELDS,
  type SlaListRow,
  slaListSelectText,
  slaSummaryJoinText,
} from '../sla/index.ts';
import { statusInfoOf } from './present-work-order.ts';
import { workOrders } from './tables.ts';

/**
 * The list page read as arrays (`rowMode: 'array'`) and turned into list items in one step: the
 * same items the order view of a repository row gives, cut to the list row's schema (list-fast-path.int.test.ts compares
 * them), without the repository row, the Date objects and the spreads in between. Only the
 * columns a list item shows are read.
 */
const t = workOrders;
export const LIST_COLUMNS = [
  t.id,
  t.number,
  t.customerId,
  t.contactId,
  t.deviceId,
  t.channel,
  t.type,
  t.complaint,
  t.categoryId,
  t.impact,
  t.urgency,
  t.priority,
  t.status,
  t.phase,
  t.requestedDate,
  t.teamId,
  t.technicianIds,
  t.tags,
  t.closedAt,
  t.createdAt,
  t.updatedAt,
  t.customerName,
  t.deviceType,
] as const;
const SLA_AT = LIST_COLUMNS.length;

/** The list columns of a relation named `relation` (quoted), e.g. `"work_orders"`. */
export function listColumnsText(relation: string): string {
  return LIST_COLUMNS.map((column) => `${relation}."${column.name}"`).join(', ');
}

const TABLE = `"${getTableName(workOrders)}"`;

/** The summaries' name in `withSlaSummaries`: its ORDER BY may sort by them. */
export const SLA_ALIAS = 'sla';

/**
 * The final statement around a page query (which selects `listColumnsText` from `work_orders`,
 * ordered and limited): each row with its stored SLA summary (LEFT JOIN on the primary key), in
 * the page's order. `order` is the page's ORDER BY on `"work_orders"`; `organizationId` the
 * parameter (e.g. `$1`) of the company.
 */
export function withSlaSummaries(page: string, order: string, organizationId: string): string {
  return `SELECT ${listColumnsText(TABLE)}, ${slaListSelectText(SLA_ALIAS)} FROM (${page}) AS ${TABLE} ${slaSummaryJoinText(SLA_ALIAS, `${TABLE}."id"`, organizationId)} ORDER BY ${order}`;
}

/** A page row as read: the list columns, then the SLA summary columns. */
export type ListRow = unknown[];

const TIMESTAMPTZ_OID = 1184;
const DATE_OID = 1082;
const parseTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ_OID) as (text: string) => Date;
/** PostgreSQL's ISO output of a timestamptz in a UTC session: `2026-12-03 13:31:42.956123+00`. */
const UTC_TEXT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?\+00$/u;

/**
 * A timestamptz as `Date#toISOString()` writes it, from PostgreSQL's text, without a Date. The
 * milliseconds are computed exactly as pg's parser (postgres-date) computes them, so the text is
 * the one `toWorkOrder` gives; any other form (another session time zone, a year past 9999)
 * goes through that parser.
 */
export function isoOfTimestamptz(text: string): string {
  if (!UTC_TEXT.test(text)) return parseTimestamptz(text).toISOString();
  const ms = millisecondsOf(text);
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

/** The milliseconds of a UTC_TEXT timestamp, truncated from its fraction as postgres-date does. */
function millisecondsOf(text: string): number {
  return text.length > 22 ? Math.trunc(1000 * Number.parseFloat(text.slice(19, -3))) : 0;
}

const TEXT_ARRAY_OID = 1009;
const UUID_ARRAY_OID = 2951;
const parseTextArray = pg.types.getTypeParser(TEXT_ARRAY_OID as typeof pg.types.builtins.TEXT) as (
  text: string,
) => string[];

/** Most orders have no technicians or tags yet: `{}` needs no array parser. */
function parseArray(text: string): string[] {
  return text === '{}' ? [] : parseTextArray(text);
}

/**
 * Type parsers of the page statement: dates stay text, timestamps become ISO text, empty arrays
 * skip the parser.
 */
export const LIST_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ_OID
      ? isoOfTimestamptz
      : oid === DATE_OID
        ? (value: string) => value
        : oid === TEXT_ARRAY_OID || oid === UUID_ARRAY_OID
          ? parseArray
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Runs a page statement on the pool (named: prepared once per connection) and gives its rows as
 * arrays. A list is a read of its own, never part of a write's transaction: hence the pool.
 */
export async function readListRows(
  db: Database,
  statement: { name?: string; text: string; values: unknown[] },
): Promise<ListRow[]> {
  const result = await db.$client.query<ListRow>({ ...statement, types: LIST_TYPES, rowMode: 'array' });
  return result.rows;
}

/** Digits of `text` from `from` to `to` as a number (no substring, no parse). */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * Epoch milliseconds of a timestamptz as PostgreSQL writes it in a UTC session, by the calendar
 * arithmetic of Date.UTC (days from the civil date, proleptic Gregorian) — no Date and no string
 * parsing per value; milliseconds truncated as pg's parser truncates them. Any other form goes
 * through that parser.
 */
export function msOfTimestamptz(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  if (!UTC_TEXT.test(text)) return parseTimestamptz(text).getTime();
  const month = digits(text, 5, 7);
  const year = digits(text, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digits(text, 8, 10) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146097 + dayOfEra - 719468;
  return (
    days * 86_400_000 +
    digits(text, 11, 13) * 3_600_000 +
    digits(text, 14, 16) * 60_000 +
    digits(text, 17, 19) * 1000 +
    millisecondsOf(text)
  );
}

const SLA_INDEX = Object.fromEntries(SLA_LIST_FIELDS.map((field, i) => [field, SLA_AT + i])) as Record<
  (typeof SLA_LIST_FIELDS)[number],
  number
>;

/** The stored SLA columns of a row (null when the order has none: `state` is NOT NULL). */
function slaRowOf(row: ListRow): SlaListRow | null {
  const i = SLA_INDEX;
  if (row[i.state] === null) return null;
  return {
    calendarId: row[i.calendarId] as string | null,
    responseDueAt: msOfTimestamptz(row[i.responseDueAt]),
    resolutionDueAt: msOfTimestamptz(row[i.resolutionDueAt]),
    nextDueAt: msOfTimestamptz(row[i.nextDueAt]),
    state: row[i.state] as string,
    percentUsed: row[i.percentUsed] as number,
    closedOutcome: row[i.closedOutcome] as SlaListRow['closedOutcome'],
  };
}

/** What the page's rows show of their SLA summaries, in order (one calendar lookup only when any exist). */
export function slaSummariesOf(
  db: Executor,
  organizationId: string,
  rows: readonly ListRow[],
): Promise<(WorkOrderListSla | null)[]> | null {
  if (!rows.some((row) => row[SLA_INDEX.state] !== null)) return null;
  return listSlasOfStoredRows(db, organizationId, rows.map(slaRowOf));
}

type Item = WorkOrderListItem;

/** The list items of page rows: `toOrderView(row, statuses)` cut to the list row, plus `sla`. */
export function listItemsOf(
  rows: readonly ListRow[],
  statuses: readonly WorkOrderStatusDefinition[],
  summaries: readonly (WorkOrderListSla | null)[] | null,
): Item[] {
  // One status object per (status, phase) of the page: statusInfoOf reads nothing else.
  const infos = new Map<string, Item['statusInfo']>();
  const items: Item[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as (string | null)[];
    const status = r[12]!;
    const phase = r[13]!;
    const key = `${status}\u0000${phase}`;
    let statusInfo = infos.get(key);
    if (!statusInfo) {
      statusInfo = statusInfoOf({ status, phase }, statuses);
      infos.set(key, statusInfo);
    }
    items[i] = {
      id: r[0]!,
      number: r[1]!,
      customerId: r[2]!,
      contactId: r[3] as string | null,
      deviceId: r[4] as string | null,
      channel: r[5] as Item['channel'],
      type: r[6] as Item['type'],
      complaint: r[7]!,
      categoryId: r[8] as string | null,
      impact: r[9] as Item['impact'],
      urgency: r[10] as Item['urgency'],
      priority: r[11] as Item['priority'],
      status,
      phase: phase as Item['phase'],
      requestedDate: r[14] as string | null,
      teamId: r[15] as string | null,
      technicianIds: r[16] as unknown as string[],
      tags: r[17] as unknown as string[],
      closedAt: r[18] as string | null,
      createdAt: r[19]!,
      updatedAt: r[20]!,
      statusInfo,
      customerName: r[21]!,
      deviceType: r[22] as string | null,
      sla: summaries?.[i] ?? null,
    };
  }
  return items;
}
