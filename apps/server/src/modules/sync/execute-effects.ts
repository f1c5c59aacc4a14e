import type { SyncCommand } from '@usta/contracts/sync';
import type { FieldOutcome, ReportField, SyncEffect, SyncOrderView } from '@usta/core/sync';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { linkAttachment, storeAttachmentBytes } from '../attachments/index.ts';
import { recordPartUse } from '../stock/index.ts';
import {
  addFieldActivity,
  asDatabase,
  type FieldOrderRow,
  lastFieldEdits,
  readOrderVersion,
  recordApproval,
  statusForPhase,
  transitionWorkOrder,
  updateWorkOrder,
} from '../work-orders/index.ts';
import { enqueueOnTheWay } from './on-the-way.ts';
import {
  syncConfirmationRequests,
  syncFieldConflicts,
  syncFieldEvents,
  syncFieldWrites,
  syncSignatures,
  syncTimeEntries,
} from './tables.ts';

const FIELD_LABELS: Record<ReportField, { tr: string; en: string }> = {
  diagnosis: { tr: 'Tespit', en: 'Diagnosis' },
  workDone: { tr: 'Yapılan işler', en: 'Work done' },
  resolutionCode: { tr: 'Çözüm kodu', en: 'Resolution code' },
};
const STEP_NOTES: Record<string, string> = {
  en_route: 'Teknisyen yola çıktı (saha uygulaması)',
  arrived: 'Teknisyen adrese ulaştı (saha uygulaması)',
  work_started: 'İşe başlandı (saha uygulaması)',
  work_finished: 'İş bitti (saha uygulaması)',
};

export interface EffectContext {
  tx: Executor;
  actor: Actor;
  command: SyncCommand;
  row: FieldOrderRow;
  /** The row rule still shows the order to this actor (`lockOrderForField`). */
  visible: boolean;
  view: SyncOrderView;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Carries out one effect of an applied command with the module that owns the record: status,
 * timeline and report fields through the work-orders use cases, parts through stock, files
 * through attachments. Runs inside the command's savepoint: a refusal rolls all of it back.
 */
export async function executeEffect(ctx: EffectContext, effect: SyncEffect): Promise<void> {
  const { tx, actor, command, row } = ctx;
  const db = asDatabase(tx);
  const org = actor.organizationId;
  const base = { organizationId: org, workOrderId: row.id, commandId: command.commandId };
  switch (effect.kind) {
    case 'transition': {
      const status = await statusForPhase(tx, org, effect.to);
      if (!status) throw new AppError('INVALID_TRANSITION');
      const step = command.type === 'set_status' ? command.payload : null;
      await transitionWorkOrder(db, actor, row.id, {
        to: status.code,
        note: [step ? STEP_NOTES[step.step] : null, step?.note].filter(Boolean).join(' — ') || undefined,
        ...(step ? { startedAt: step.at ?? command.createdAt } : {}),
      });
      return;
    }
    case 'step_event': {
      const location = command.type === 'set_status' ? (command.payload.location ?? null) : null;
      await tx.insert(syncFieldEvents).values({
        ...base,
        userId: actor.userId,
        step: effect.step,
        occurredAt: new Date(effect.at),
        location,
      });
      if (effect.step === 'work_started') {
        await addFieldActivity(
          tx,
          actor,
          { row, visible: ctx.visible },
          {
            kind: 'note',
            visibility: 'internal',
            description: `${STEP_NOTES.work_started} ${iso(effect.at)}`,
          },
        );
      }
      if (effect.step === 'en_route') await enqueueOnTheWay(tx, actor, row, command.commandId);
      return;
    }
    case 'labour': {
      const activity = await addFieldActivity(
        tx,
        actor,
        { row, visible: ctx.visible },
        {
          kind: 'time_entry',
          visibility: 'internal',
          description: `İşçilik (otomatik, ${effect.minutes} dk)`,
          startedAt: iso(effect.startedAt),
          endedAt: iso(effect.endedAt),
        },
      );
      await tx.insert(syncTimeEntries).values({
        ...base,
        userId: actor.userId,
        source: 'auto',
        startedAt: new Date(effect.startedAt),
        endedAt: new Date(effect.endedAt),
        minutes: effect.minutes,
        activityId: activity.id,
      });
      return;
    }
    case 'write_fields':
      return writeFields(ctx, effect.values, effect.changedAt);
    case 'keep_overruled':
      return keepOverruled(ctx, effect.outcomes);
    case 'note':
      if (command.type !== 'add_note') return;
      await addFieldActivity(
        tx,
        actor,
        { row, visible: ctx.visible },
        {
          kind: 'note',
          description: command.payload.text,
          visibility: command.payload.visibility,
        },
      );
      return;
    case 'time_entry': {
      if (command.type !== 'add_time_entry') return;
      const minutes = Math.round((effect.endedAt - effect.startedAt) / 60_000);
      const label = command.payload.description || 'İşçilik';
      const activity = await addFieldActivity(
        tx,
        actor,
        { row, visible: ctx.visible },
        {
          kind: 'time_entry',
          visibility: 'internal',
          description: effect.corrects ? `Düzeltme: ${label} (${minutes} dk)` : label,
          startedAt: iso(effect.startedAt),
          endedAt: iso(effect.endedAt),
        },
      );
      await tx.insert(syncTimeEntries).values({
        ...base,
        userId: actor.userId,
        source: 'manual',
        startedAt: new Date(effect.startedAt),
        endedAt: new Date(effect.endedAt),
        minutes,
        correctsCommandId: effect.corrects,
        activityId: activity.id,
      });
      return;
    }
    case 'debit':
      await recordPartUse(tx, actor, {
        workOrderId: row.id,
        warehouseId: effect.warehouseId,
        itemId: effect.itemId,
        quantity: effect.quantity,
        serialNumber: effect.serialNumber,
        commandId: command.commandId,
      });
      return;
    case 'photo':
      if (command.type !== 'add_photo') return;
      await linkAttachment(tx, org, command.payload.attachmentId, {
        workOrderId: row.id,
        kind: 'photo',
        caption: command.payload.caption,
      });
      return;
    case 'signature':
      return captureSignature(ctx, effect.recordApproval);
    case 'confirmation_request': {
      if (command.type !== 'request_customer_confirmation') return;
      const inserted = await tx
        .insert(syncConfirmationRequests)
        .values({ ...base, token: command.payload.token, requestedBy: actor.userId })
        .onConflictDoNothing()
        .returning();
      if (inserted.length === 0)
        throw new AppError('VALIDATION_FAILED', {}, [{ path: 'payload.token', code: 'token_taken' }]);
      await addFieldActivity(
        tx,
        actor,
        { row, visible: ctx.visible },
        {
          kind: 'note',
          visibility: 'internal',
          description: 'Müşteriden QR kod ile onay istendi',
        },
      );
      return;
    }
  }
}

async function writeFields(
  ctx: EffectContext,
  values: Partial<Record<ReportField, string | null>>,
  changedAt: number,
) {
  const { tx, actor, row, command } = ctx;
  const changed = Object.fromEntries(
    Object.entries(values).filter(([field, value]) => row[field as ReportField] !== value),
  ) as Partial<Record<ReportField, string | null>>;
  let version = row.version;
  let activityId: string | null = null;
  if (Object.keys(changed).length > 0) {
    const current = (await readOrderVersion(tx, actor.organizationId, row.id)) ?? row.version;
    const updated = await updateWorkOrder(asDatabase(tx), actor, row.id, { ...changed, version: current });
    version = updated.version;
    const edits = await lastFieldEdits(tx, actor.organizationId, row.id);
    activityId = edits.get(Object.keys(changed)[0]!)?.activityId ?? null;
  }
  await tx.insert(syncFieldWrites).values(
    Object.entries(values).map(([field, value]) => ({
      organizationId: actor.organizationId,
      workOrderId: row.id,
      field,
      commandId: command.commandId,
      value: value ?? null,
      changedAt: new Date(changedAt),
      version,
      activityId: field in changed ? activityId : null,
    })),
  );
}

/** Both texts stay on record: the conflict row for the phone, a note on the timeline for the office. */
async function keepOverruled(ctx: EffectContext, outcomes: readonly FieldOutcome[]) {
  const { tx, actor, row, command } = ctx;
  for (const outcome of outcomes) {
    if (!outcome.conflict) continue;
    const { yours, theirs, winner, officeChangedAt } = outcome.conflict;
    await tx.insert(syncFieldConflicts).values({
      organizationId: actor.organizationId,
      workOrderId: row.id,
      commandId: command.commandId,
      userId: actor.userId,
      field: outcome.field,
      yours,
      theirs,
      winner,
      officeChangedAt: new Date(officeChangedAt),
    });
    const label = FIELD_LABELS[outcome.field].tr;
    const description =
      winner === 'theirs'
        ? `${label}: ofisin daha yeni metni korundu. Teknisyenin metni: ${yours ?? '—'}`
        : `${label}: teknisyenin daha yeni metni yazıldı. Ofisin önceki metni: ${theirs ?? '—'}`;
    await addFieldActivity(
      tx,
      actor,
      { row, visible: ctx.visible },
      { kind: 'note', visibility: 'internal', description },
    );
  }
}

const DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,(.+)$/u;

async function captureSignature(ctx: EffectContext, withApproval: boolean) {
  const { tx, actor, row, command } = ctx;
  if (command.type !== 'capture_signature') return;
  let attachmentId = command.payload.attachmentId ?? null;
  if (!attachmentId && command.payload.imageDataUrl) {
    const match = DATA_URL.exec(command.payload.imageDataUrl);
    if (!match)
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'payload.imageDataUrl', code: 'invalid_data_url' },
      ]);
    const stored = await storeAttachmentBytes(tx, actor, {
      workOrderId: row.id,
      kind: 'signature',
      contentType: match[1]!,
      data: Buffer.from(match[2]!, 'base64'),
      fileName: `imza-${command.commandId}.${match[1]!.split('/')[1]}`,
    });
    attachmentId = stored.id;
  } else if (attachmentId) {
    await linkAttachment(tx, actor.organizationId, attachmentId, { workOrderId: row.id, kind: 'signature' });
  }
  if (!attachmentId) return;
  let approvalId: string | null = null;
  if (withApproval) {
    const approval = await recordApproval(asDatabase(tx), actor, row.id, {
      method: 'signature',
      approvedBy: command.payload.signerName,
      reference: attachmentId,
    });
    approvalId = approval.id;
  }
  await tx.insert(syncSignatures).values({
    organizationId: actor.organizationId,
    workOrderId: row.id,
    commandId: command.commandId,
    signerName: command.payload.signerName,
    attachmentId,
    approvalId,
  });
}
