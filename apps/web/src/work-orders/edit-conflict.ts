import { isApiError } from '../api/problem.ts';

export const EDITABLE_FIELDS = [
  'complaint',
  'diagnosis',
  'workDone',
  'resolutionCode',
  'requestedDate',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type EditValues = Record<EditableField, string>;

type Stored = Partial<Record<EditableField, string | null>>;

/** Form values from the stored order (nulls become empty inputs). */
export function editValuesOf(order: Stored): EditValues {
  return {
    complaint: order.complaint ?? '',
    diagnosis: order.diagnosis ?? '',
    workDone: order.workDone ?? '',
    resolutionCode: order.resolutionCode ?? '',
    requestedDate: order.requestedDate ?? '',
  };
}

/** Only what the user changed goes to the server; an emptied field is sent as null. */
export function changedBody(base: EditValues, draft: EditValues, fields: readonly EditableField[]) {
  const body: { complaint?: string } & Partial<Record<Exclude<EditableField, 'complaint'>, string | null>> =
    {};
  for (const field of fields) {
    if (draft[field].trim() === base[field].trim()) continue;
    const value = draft[field].trim();
    // The complaint cannot be empty; sending '' lets the server say so on the field.
    if (field === 'complaint') body.complaint = value;
    else body[field] = value === '' ? null : value;
  }
  return body;
}

export interface ConflictChange {
  field: EditableField;
  theirs: string;
  mine: string;
  /** The user changed it too: their edit and ours collide. */
  collides: boolean;
}

/** What someone else saved meanwhile, compared with what the user was editing from. */
export function conflictChanges(base: EditValues, theirs: EditValues, draft: EditValues): ConflictChange[] {
  return EDITABLE_FIELDS.filter((field) => theirs[field] !== base[field]).map((field) => ({
    field,
    theirs: theirs[field],
    mine: draft[field],
    collides: draft[field] !== base[field] && draft[field] !== theirs[field],
  }));
}

/** Redo on top of the new version: keep the user's own edits, take theirs everywhere else. */
export function rebaseDraft(base: EditValues, theirs: EditValues, draft: EditValues): EditValues {
  const result = { ...theirs };
  for (const field of EDITABLE_FIELDS) if (draft[field] !== base[field]) result[field] = draft[field];
  return result;
}

/** The stored order a 409 CONFLICT answer carries in `current`, if any. */
export function conflictCurrent(error: unknown): (Stored & { version: number }) | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.problem?.current;
  if (typeof current !== 'object' || current === null || !('version' in current)) return null;
  return current as Stored & { version: number };
}
