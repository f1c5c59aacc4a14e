import type { CreateWorkOrderBody } from '@usta/contracts/work-orders';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import {
  type CreateOutcome,
  type CreateRequest,
  type CreateWorkOrderResult,
  createWorkOrders,
} from './create-work-order.ts';

/** At most this many creates share a transaction (bounded statement size and lock time). */
const MAX_BATCH = 64;
/**
 * Batches open at once. One: a second batch would only wait for the first one's counter row
 * (measured at 32 connections: 1 → 642 creates/s, 2 → 589, 3 → 538; bench/results/work-orders.md),
 * while the requests arriving meanwhile make the next batch bigger.
 */
const MAX_IN_FLIGHT = 1;

interface Waiting {
  request: CreateRequest;
  resolve: (result: CreateWorkOrderResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for new work orders. Every create needs the company's counter row from its number
 * to its commit (gap-free numbering) and a WAL flush, so creates of one company are serial in
 * the database however many run at once. The queue lets the creates that arrive while a batch is
 * being written go together in the next one: one transaction, set-based writes, one commit for
 * all of them (create-work-order.ts `createWorkOrders`). A lone create goes at once, alone — no
 * waiting for company; under load the batches grow by themselves.
 */
export class WorkOrderCreateQueue {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(private readonly db: Database) {}

  create(actor: Actor, input: CreateWorkOrderBody, now = new Date()): Promise<CreateWorkOrderResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request: { actor, input, now }, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      this.inFlight++;
      createWorkOrders(
        this.db,
        batch.map((w) => w.request),
      )
        .then((outcomes: CreateOutcome[]) => {
          for (const [i, outcome] of outcomes.entries()) {
            if (outcome.ok) batch[i]!.resolve(outcome.value);
            else batch[i]!.reject(outcome.error);
          }
        })
        .catch((error: unknown) => {
          for (const w of batch) w.reject(error);
        })
        .finally(() => {
          this.inFlight--;
          this.drain();
        });
    }
  }
}
