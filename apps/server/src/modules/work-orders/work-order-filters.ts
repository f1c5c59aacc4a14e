import type { ListWorkOrdersFullQuery } from '@usta/contracts/work-orders';
import { escapeLikePattern, parseCustomerSearch } from '@usta/core/text';
import { formatWorkOrderNumber, parseWorkOrderNumber } from '@usta/core/work-orders';
import { and, eq, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { findCustomerIdsMatching } from '../customers/index.ts';
import { workOrderCategories, workOrders } from './tables.ts';
import { visibleTo } from './work-order-repository.ts';

export type WorkOrderFilter = Omit<ListWorkOrdersFullQuery, 'cursor' | 'limit' | 'sort'>;

const FINISHED = sql`('closed', 'cancelled')`;
/** The stored usta_search_key(number || ' ' || complaint), trigram-indexed (tables.ts). */
const searchable = workOrders.searchKey;

/**
 * The WHERE clause of the list and of the tab counts: the row rule first, then every filter.
 * Free text matches the number, complaint and customer name (every word, Turkish-aware, through
 * the stored search key and its trigram index) or, for a phone, tax number or e-mail, the
 * customers the customers module finds.
 */
export async function buildWorkOrderFilter(
  db: Executor,
  actor: Actor,
  filter: WorkOrderFilter,
): Promise<SQL> {
  const c: SQL[] = [visibleTo(actor)];
  const t = workOrders;
  if (filter.status?.length) c.push(inArray(t.status, filter.status));
  if (filter.phase?.length) c.push(inArray(t.phase, filter.phase));
  if (filter.priority?.length) c.push(inArray(t.priority, filter.priority));
  if (filter.channel?.length) c.push(inArray(t.channel, filter.channel));
  if (filter.type?.length) c.push(inArray(t.type, filter.type));
  if (filter.open === 'true') c.push(sql`${t.phase} NOT IN ${FINISHED}`);
  if (filter.open === 'false') c.push(sql`${t.phase} IN ${FINISHED}`);
  if (filter.customerId) c.push(eq(t.customerId, filter.customerId));
  if (filter.deviceId) c.push(eq(t.deviceId, filter.deviceId));
  if (filter.teamId) c.push(eq(t.teamId, filter.teamId));
  if (filter.technicianId) c.push(sql`${filter.technicianId}::uuid = ANY(${t.technicianIds})`);
  if (filter.tag) c.push(sql`${filter.tag} = ANY(${t.tags})`);
  if (filter.deviceType) c.push(eq(t.deviceType, filter.deviceType));
  if (filter.categoryId) {
    // A category covers its subcategories.
    const subcategories = db
      .select({ id: workOrderCategories.id })
      .from(workOrderCategories)
      .where(
        and(
          eq(workOrderCategories.organizationId, actor.organizationId),
          eq(workOrderCategories.parentId, filter.categoryId),
        ),
      );
    c.push(or(eq(t.categoryId, filter.categoryId), inArray(t.categoryId, subcategories))!);
  }
  if (filter.createdFrom) c.push(gte(t.createdAt, new Date(filter.createdFrom)));
  if (filter.createdTo) c.push(lt(t.createdAt, new Date(filter.createdTo)));
  if (filter.requestedFrom) c.push(gte(t.requestedDate, filter.requestedFrom));
  if (filter.requestedTo) c.push(lte(t.requestedDate, filter.requestedTo));
  if (filter.closedFrom) c.push(gte(t.closedAt, new Date(filter.closedFrom)));
  if (filter.closedTo) c.push(lt(t.closedAt, new Date(filter.closedTo)));
  const q = filter.q?.trim();
  if (q) c.push(await freeText(db, actor, q));
  return and(...c)!;
}

/**
 * What a free-text query matches, read once: the LIKE patterns of its words (every one must be in
 * the search key), the exact order number it spells (if any), and whether it looks like a phone,
 * tax number or e-mail (then the customers module is asked too). The list's prepared path uses
 * these parts directly; `freeText` turns them into the WHERE condition.
 */
export interface FreeTextParts {
  likePatterns: string[];
  number: string | null;
  needsCustomers: boolean;
}

/**
 * What a search text means, remembered per text: Turkish-aware normalising (`toLocaleLowerCase`
 * with the tr-TR locale) was ~3 % of a list page's CPU, and agents search the same few words.
 * A pure function of the text; the answer is frozen so no caller can change what others get.
 */
export function freeTextParts(q: string): FreeTextParts {
  const known = freeTextMemo.get(q);
  if (known) return known;
  const search = parseCustomerSearch(q);
  const parts = parseWorkOrderNumber(q);
  const meaning: FreeTextParts = Object.freeze({
    likePatterns: Object.freeze(search.terms.map((term) => `%${escapeLikePattern(term)}%`)) as string[],
    number: parts ? formatWorkOrderNumber(parts.prefix, parts.year, parts.sequence) : null,
    needsCustomers: Boolean(search.phoneDigits || search.taxNumberPrefix || search.email),
  });
  if (freeTextMemo.size >= FREE_TEXT_MEMO_SIZE) freeTextMemo.clear();
  freeTextMemo.set(q, meaning);
  return meaning;
}

const FREE_TEXT_MEMO_SIZE = 1_000;
const freeTextMemo = new Map<string, FreeTextParts>();

async function freeText(db: Executor, actor: Actor, q: string): Promise<SQL> {
  const alternatives: SQL[] = [];
  const { likePatterns, number, needsCustomers } = freeTextParts(q);
  if (likePatterns.length > 0) {
    alternatives.push(and(...likePatterns.map((pattern) => sql`${searchable} LIKE ${pattern}`))!);
  }
  if (number) alternatives.push(eq(workOrders.number, number));
  // Names are in the order's own search key (the customer's name as recorded on it); only what
  // the order does not carry — a phone, tax number or e-mail — needs the customers module.
  if (needsCustomers) {
    const customerIds = await findCustomerIdsMatching(db, actor.organizationId, q);
    if (customerIds.length > 0) alternatives.push(inArray(workOrders.customerId, customerIds));
  }
  return alternatives.length > 0 ? or(...alternatives)! : sql`false`;
}
