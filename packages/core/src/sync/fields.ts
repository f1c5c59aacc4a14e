/** The technician's report fields that the office may edit too. */
export const REPORT_FIELDS = ['diagnosis', 'workDone', 'resolutionCode'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** A text field with who wrote it last and when. */
export interface FieldState {
  value: string | null;
  /** When it was written (ms since epoch): the edit's time for the office, createdAt for the phone. */
  changedAt: number;
  source: 'office' | 'field';
  /** Breaks a tie of time and source deterministically (edit id or command id). */
  writerId: string;
  /** The order version right after this write. */
  version: number;
}

export interface FieldWrite {
  value: string | null;
  changedAt: number;
  source: 'office' | 'field';
  writerId: string;
}

/**
 * Last writer wins, by time; on the same millisecond the office wins; then the writer id decides.
 * A total order, so the same writes in any order leave the same value.
 */
export function isNewer(
  write: FieldWrite,
  current: Pick<FieldState, 'changedAt' | 'source' | 'writerId'>,
): boolean {
  if (write.changedAt !== current.changedAt) return write.changedAt > current.changedAt;
  if (write.source !== current.source) return write.source === 'office';
  return write.writerId > current.writerId;
}

export interface FieldOutcome {
  field: ReportField;
  /** Whether the technician's write is the newest (its value may equal the stored one). */
  write: boolean;
  /** Set when the office wrote this field after the version the technician worked from. */
  conflict: {
    yours: string | null;
    theirs: string | null;
    winner: 'yours' | 'theirs';
    officeChangedAt: number;
  } | null;
}

/**
 * The rule for one text field of a technician's report: newer wins; when the office changed the
 * field after the version the technician saw, both values are reported (the loser is kept as a
 * note on the order by the server) so nobody's text silently disappears.
 */
export function resolveField(
  field: ReportField,
  current: FieldState,
  write: FieldWrite,
  baseVersion: number,
): FieldOutcome {
  const wins = isNewer(write, current);
  if (current.value === write.value) return { field, write: wins, conflict: null };
  const officeEditedMeanwhile = current.source === 'office' && current.version > baseVersion;
  return {
    field,
    write: wins,
    conflict: officeEditedMeanwhile
      ? {
          yours: write.value,
          theirs: current.value,
          winner: wins ? 'yours' : 'theirs',
          officeChangedAt: current.changedAt,
        }
      : null,
  };
}
