/** Public entry of the attachments module (issue 7): what the sync module and others use. */
export { findReadyAttachment, linkAttachment, listAttachmentsOf } from './read-attachments.ts';
export { storeAttachmentBytes } from './upload-attachment.ts';
