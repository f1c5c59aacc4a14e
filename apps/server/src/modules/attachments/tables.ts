import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

// Tables of the attachments module (issue 7): photos and signatures, bytes in PostgreSQL
// (bytea; see docs/field-sync.md for why not files under USTA_DATA_DIR).

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

export const attachments = pgTable(
  'attachments',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id'),
    kind: text('kind').notNull().$type<'photo' | 'signature' | 'document'>(),
    fileName: text('file_name'),
    caption: text('caption'),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    receivedBytes: integer('received_bytes').notNull().default(0),
    complete: boolean('complete').notNull().default(false),
    sha256: text('sha256'),
    data: bytea('data'),
    uploadedBy: uuid('uploaded_by'),
    ...timestamps(),
  },
  (t) => [index('attachments_order_idx').on(t.organizationId, t.workOrderId, t.createdAt)],
);

/** Chunks of an upload in progress, by byte offset; joined into `attachments.data` at the end. */
export const attachmentChunks = pgTable(
  'attachment_chunks',
  {
    organizationId: organizationIdColumn(),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id, { onDelete: 'cascade' }),
    offset: integer('offset').notNull(),
    length: integer('length').notNull(),
    data: bytea('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.attachmentId, t.offset] })],
);
