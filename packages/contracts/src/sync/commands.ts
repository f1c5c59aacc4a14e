import { z } from 'zod';

/**
 * The field app's commands (issue 7). Every change a technician makes offline is one command
 * with a client-generated id — the idempotency key: the server applies a command once, however
 * many times it is sent, and answers a replay with the stored result. See docs/field-sync.md.
 */

/** The lifecycle steps a technician reports; the server maps them to the company's statuses. */
export const FIELD_STATUS_STEPS = ['en_route', 'arrived', 'work_started', 'work_finished'] as const;
export const fieldStatusStepSchema = z.enum(FIELD_STATUS_STEPS);
export type FieldStatusStep = z.infer<typeof fieldStatusStepSchema>;

export const SYNC_COMMAND_TYPES = [
  'set_status',
  'record_diagnosis',
  'add_note',
  'add_time_entry',
  'use_part',
  'add_photo',
  'capture_signature',
  'request_customer_confirmation',
] as const;
export const syncCommandTypeSchema = z.enum(SYNC_COMMAND_TYPES);
export type SyncCommandType = z.infer<typeof syncCommandTypeSchema>;

const datetime = z.iso.datetime({ offset: true });
const longText = (max: number) => z.string().trim().min(1).max(max);

export const geoLocationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracyM: z.number().min(0).max(100_000).optional(),
});

/** `set_status`: en route → status of phase en_route; arrived → on_site; finished → customer approval. */
export const setStatusPayloadSchema = z.strictObject({
  step: fieldStatusStepSchema,
  at: datetime.optional().describe('When it happened on the phone; the envelope’s createdAt when left out'),
  location: geoLocationSchema.optional().describe('Check-in location, when the technician allowed it'),
  note: z.string().trim().max(2_000).optional(),
});

/** The three text fields of the technician's report, each last-writer-wins (see docs). */
export const DIAGNOSIS_FIELDS = ['diagnosis', 'workDone', 'resolutionCode'] as const;
export type DiagnosisField = (typeof DIAGNOSIS_FIELDS)[number];

export const recordDiagnosisPayloadSchema = z
  .strictObject({
    diagnosis: longText(10_000).nullable().optional().describe('Teknisyen tespiti'),
    workDone: longText(10_000).nullable().optional().describe('Yapılan işler'),
    resolutionCode: z.string().trim().min(1).max(40).nullable().optional(),
  })
  .refine((p) => p.diagnosis !== undefined || p.workDone !== undefined || p.resolutionCode !== undefined, {
    message: 'empty_diagnosis',
  });

export const addNotePayloadSchema = z.strictObject({
  text: longText(10_000),
  visibility: z.enum(['internal', 'customer']).default('internal'),
});

export const addTimeEntryPayloadSchema = z
  .strictObject({
    startedAt: datetime,
    endedAt: datetime,
    description: z.string().trim().max(2_000).optional(),
    correctsCommandId: z
      .uuid()
      .optional()
      .describe('This entry replaces an earlier one (e.g. the automatic labour entry of work_finished)'),
  })
  .refine((p) => Date.parse(p.endedAt) >= Date.parse(p.startedAt), {
    message: 'end_before_start',
    path: ['endedAt'],
  });

export const usePartPayloadSchema = z.strictObject({
  itemId: z.uuid(),
  quantity: z.number().positive().max(100_000).multipleOf(0.001),
  serialNumber: z.string().trim().min(1).max(100).optional().describe('Required for serial-tracked items'),
});

export const addPhotoPayloadSchema = z.strictObject({
  attachmentId: z.uuid().describe('An attachment uploaded before (POST /attachments)'),
  caption: z.string().trim().max(500).optional(),
});

/** A PNG/JPEG/WebP data URL of at most ~700 kB, or an uploaded attachment. */
export const signatureDataUrlSchema = z
  .string()
  .max(1_000_000)
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/u, { message: 'invalid_data_url' });

export const captureSignaturePayloadSchema = z
  .strictObject({
    signerName: longText(200),
    attachmentId: z.uuid().optional(),
    imageDataUrl: signatureDataUrlSchema.optional(),
  })
  .refine((p) => (p.attachmentId === undefined) !== (p.imageDataUrl === undefined), {
    message: 'attachment_or_image',
    path: ['imageDataUrl'],
  });

export const requestCustomerConfirmationPayloadSchema = z.strictObject({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,64}$/u, { message: 'invalid_token' })
    .describe('Random, made on the phone and shown as a QR code; the customer confirms with it online'),
});

const envelope = {
  commandId: z.uuid().describe('Made on the phone; the idempotency key'),
  deviceId: z.string().trim().min(1).max(100).describe('The installation of the field app'),
  workOrderId: z.uuid(),
  baseVersion: z.number().int().min(0).describe('The order version the technician saw when making it'),
  createdAt: datetime.describe('When the technician did it (phone clock)'),
};

export const syncCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...envelope, type: z.literal('set_status'), payload: setStatusPayloadSchema }),
  z.strictObject({ ...envelope, type: z.literal('record_diagnosis'), payload: recordDiagnosisPayloadSchema }),
  z.strictObject({ ...envelope, type: z.literal('add_note'), payload: addNotePayloadSchema }),
  z.strictObject({ ...envelope, type: z.literal('add_time_entry'), payload: addTimeEntryPayloadSchema }),
  z.strictObject({ ...envelope, type: z.literal('use_part'), payload: usePartPayloadSchema }),
  z.strictObject({ ...envelope, type: z.literal('add_photo'), payload: addPhotoPayloadSchema }),
  z.strictObject({
    ...envelope,
    type: z.literal('capture_signature'),
    payload: captureSignaturePayloadSchema,
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('request_customer_confirmation'),
    payload: requestCustomerConfirmationPayloadSchema,
  }),
]);
export type SyncCommand = z.infer<typeof syncCommandSchema>;
/** What the phone builds before parsing (defaults not applied yet). */
export type SyncCommandInput = z.input<typeof syncCommandSchema>;
export type SyncCommandOf<T extends SyncCommandType> = Extract<SyncCommand, { type: T }>;

export const MAX_SYNC_BATCH = 500;

/**
 * `POST /sync/commands`. The items are checked one by one, not as a whole: a command that does
 * not parse is rejected on its own (`INVALID_COMMAND`) and the rest of the batch still applies.
 */
export const syncBatchBodySchema = z.strictObject({
  commands: z.array(z.unknown()).min(1).max(MAX_SYNC_BATCH),
});
export type SyncBatchBody = z.infer<typeof syncBatchBodySchema>;

export const SYNC_REJECTION_CODES = [
  'INVALID_COMMAND',
  'ORDER_NOT_FOUND',
  'NOT_ASSIGNED',
  'BASE_VERSION_AHEAD',
  'STATUS_NOT_ALLOWED',
  'ORDER_FINISHED',
  'ITEM_NOT_FOUND',
  'SERIAL_REQUIRED',
  'NO_VAN_WAREHOUSE',
  'ATTACHMENT_NOT_FOUND',
  'TIME_ENTRY_NOT_FOUND',
  'FORBIDDEN',
  'INTERNAL_ERROR',
] as const;
export const syncRejectionCodeSchema = z.enum(SYNC_REJECTION_CODES);
export type SyncRejectionCode = z.infer<typeof syncRejectionCodeSchema>;

const bilingual = z.object({ tr: z.string(), en: z.string() });

/** One text field where the office and the technician both wrote: both values are kept. */
export const fieldConflictSchema = z.object({
  field: z.enum(DIAGNOSIS_FIELDS),
  yours: z.string().nullable().describe('What the technician wrote'),
  theirs: z.string().nullable().describe('What the office wrote'),
  winner: z.enum(['yours', 'theirs']).describe('Newer wins; the office on a tie'),
  officeChangedAt: datetime,
});
export type FieldConflict = z.infer<typeof fieldConflictSchema>;

export const syncCommandResultSchema = z.object({
  commandId: z.string().nullable().describe('As sent; null when the item had no readable id'),
  status: z
    .enum(['applied', 'rejected', 'duplicate'])
    .describe('duplicate: applied or rejected before; `original` says which'),
  original: z
    .enum(['applied', 'rejected'])
    .nullable()
    .describe('For a duplicate, what the first time answered'),
  reason: z
    .object({
      code: syncRejectionCodeSchema,
      message: bilingual.describe('What happened'),
      action: bilingual.describe('What the technician should do'),
      path: z.string().optional().describe('The field at fault for INVALID_COMMAND'),
      currentStatus: z.string().optional(),
    })
    .nullable(),
  retryable: z
    .boolean()
    .describe(
      'true only for INTERNAL_ERROR: nothing was recorded, keep the command queued and send it again',
    ),
  conflicts: z.array(fieldConflictSchema),
  newVersion: z.number().int().nullable().describe('The order version after the command'),
  processedAt: datetime,
});
export type SyncCommandResult = z.infer<typeof syncCommandResultSchema>;

export const syncBatchResultSchema = z.object({
  results: z.array(syncCommandResultSchema).describe('One per command, in the order sent'),
  serverTime: datetime,
});
export type SyncBatchResult = z.infer<typeof syncBatchResultSchema>;
