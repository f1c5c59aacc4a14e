/**
 * Everything a printed service form shows about one work order. The work-orders module fills
 * it from its own records; every field but a few names is optional, and an empty field prints
 * as an empty box for the technician to fill in by hand.
 *
 * Dates may be `Date`s or ISO strings (`2026-11-24` or `2026-11-24T07:30:00Z`); they print in
 * `timeZone` (default Europe/Istanbul). Money may be numbers (formatted with `currency`) or
 * strings printed as given.
 */
export interface ServiceFormData {
  company: {
    name: string;
    address?: string | null;
    phone?: string | null;
    email?: string | null;
    website?: string | null;
    taxOffice?: string | null;
    taxNumber?: string | null;
    /** PNG or JPEG bytes, or a `data:image/png;base64,…` URL. The template's logo wins. */
    logo?: Uint8Array | string | null;
  };
  workOrder: {
    number: string;
    openedAt?: Date | string | null;
    requestedDate?: Date | string | null;
    appointmentAt?: Date | string | null;
    closedAt?: Date | string | null;
    type?: string | null;
    channel?: string | null;
    priority?: string | null;
    statusName?: string | null;
    complaint?: string | null;
    diagnosis?: string | null;
    workDone?: string | null;
    resolutionCode?: string | null;
  };
  customer: {
    name: string;
    taxOffice?: string | null;
    taxNumber?: string | null;
    address?: string | null;
    phone?: string | null;
    email?: string | null;
  };
  contact?: { name: string; phone?: string | null; email?: string | null } | null;
  device?: {
    brand?: string | null;
    model?: string | null;
    type?: string | null;
    serialNumber?: string | null;
    /** `in_warranty`, `out_of_warranty`, `under_contract`, `unknown` print translated; other text as given. */
    warrantyStatus?: string | null;
    warrantyEndsOn?: Date | string | null;
  } | null;
  technicians?: string[];
  parts?: ServiceFormPart[];
  labour?: ServiceFormLabour[];
  notes?: string | null;
  /** ISO 4217, default TRY. */
  currency?: string;
  timeZone?: string;
  /** When the form was printed (default now); shown in the footer. */
  printedAt?: Date;
}

export interface ServiceFormPart {
  code?: string | null;
  name: string;
  quantity?: number | string | null;
  unit?: string | null;
  unitPrice?: number | string | null;
  total?: number | string | null;
}

export interface ServiceFormLabour {
  description: string;
  technician?: string | null;
  minutes?: number | null;
  total?: number | string | null;
}
