import { allowedTransitions, type TransitionActor, type WorkOrderState } from './check-transition.ts';
import { PHASES, type Phase } from './phases.ts';

/**
 * A company's own status ("statü kodu"): what desk staff and customers see. Several statuses
 * may share a phase (e.g. "Planlanacak" and "Randevu bekliyor" are both planning); moving
 * between them is a status change, not a phase transition.
 */
export interface WorkOrderStatusDefinition {
  /** Stable key, lower snake case, unique within the company. */
  code: string;
  nameTr: string;
  nameEn: string;
  /** `#rrggbb`, shown on lists and the dispatch board. */
  colour: string;
  /** Position in lists and pickers, ascending. */
  order: number;
  phase: Phase;
  /** Retired statuses stay on old orders but cannot be chosen any more. */
  active?: boolean;
}

/** The statuses a new company starts with: one per phase, plus a few service desks expect. */
export const DEFAULT_WORK_ORDER_STATUSES: readonly WorkOrderStatusDefinition[] = [
  { code: 'new', nameTr: 'Yeni Kayıt', nameEn: 'New', colour: '#228be6', order: 10, phase: 'intake' },
  {
    code: 'pre_inspection',
    nameTr: 'Ön İnceleme',
    nameEn: 'Pre-inspection',
    colour: '#15aabf',
    order: 20,
    phase: 'pre_inspection',
  },
  {
    code: 'to_plan',
    nameTr: 'Planlanacak',
    nameEn: 'To be planned',
    colour: '#7950f2',
    order: 30,
    phase: 'planning',
  },
  {
    code: 'assigned',
    nameTr: 'Teknisyene Atandı',
    nameEn: 'Assigned to technician',
    colour: '#4c6ef5',
    order: 40,
    phase: 'assignment',
  },
  {
    code: 'appointment_set',
    nameTr: 'Randevu Verildi',
    nameEn: 'Appointment set',
    colour: '#5c7cfa',
    order: 45,
    phase: 'assignment',
  },
  {
    code: 'en_route',
    nameTr: 'Teknisyen Yolda',
    nameEn: 'Technician en route',
    colour: '#fab005',
    order: 50,
    phase: 'en_route',
  },
  {
    code: 'on_site',
    nameTr: 'Teknisyen Yerinde',
    nameEn: 'Technician on site',
    colour: '#fd7e14',
    order: 60,
    phase: 'on_site',
  },
  {
    code: 'in_workshop',
    nameTr: 'Atölyede Onarımda',
    nameEn: 'In workshop repair',
    colour: '#f76707',
    order: 65,
    phase: 'on_site',
  },
  {
    code: 'parts_labour',
    nameTr: 'Parça ve İşçilik',
    nameEn: 'Parts and labour',
    colour: '#e8590c',
    order: 70,
    phase: 'parts_labour',
  },
  {
    code: 'awaiting_approval',
    nameTr: 'Müşteri Onayı Bekleniyor',
    nameEn: 'Awaiting customer approval',
    colour: '#be4bdb',
    order: 80,
    phase: 'customer_approval',
  },
  {
    code: 'final_check',
    nameTr: 'Son Kontrol',
    nameEn: 'Final check',
    colour: '#12b886',
    order: 90,
    phase: 'final_check',
  },
  { code: 'closed', nameTr: 'Kapatıldı', nameEn: 'Closed', colour: '#2f9e44', order: 100, phase: 'closed' },
  {
    code: 'delivered',
    nameTr: 'Teslim Edildi',
    nameEn: 'Delivered',
    colour: '#2b8a3e',
    order: 105,
    phase: 'closed',
  },
  {
    code: 'waiting_customer',
    nameTr: 'Müşteri Bekleniyor',
    nameEn: 'Waiting for customer',
    colour: '#868e96',
    order: 110,
    phase: 'waiting_customer',
  },
  {
    code: 'waiting_parts',
    nameTr: 'Parça Bekleniyor',
    nameEn: 'Waiting for parts',
    colour: '#e64980',
    order: 120,
    phase: 'waiting_parts',
  },
  {
    code: 'cancelled',
    nameTr: 'İptal Edildi',
    nameEn: 'Cancelled',
    colour: '#fa5252',
    order: 130,
    phase: 'cancelled',
  },
];

export type StatusSetProblem =
  | { code: 'duplicate_status_code'; statusCode: string }
  | { code: 'invalid_status_code'; statusCode: string }
  | { code: 'invalid_colour'; statusCode: string }
  | { code: 'phase_without_status'; phase: Phase };

const statusCodePattern = /^[a-z][a-z0-9_]{0,39}$/u;
const colourPattern = /^#[0-9a-f]{6}$/iu;

/**
 * What is wrong with a company's edited status list. Every phase needs at least one active
 * status, or an order could reach a phase it has no name for.
 */
export function findStatusSetProblems(statuses: readonly WorkOrderStatusDefinition[]): StatusSetProblem[] {
  const problems: StatusSetProblem[] = [];
  const seen = new Set<string>();
  for (const status of statuses) {
    if (seen.has(status.code)) problems.push({ code: 'duplicate_status_code', statusCode: status.code });
    seen.add(status.code);
    if (!statusCodePattern.test(status.code))
      problems.push({ code: 'invalid_status_code', statusCode: status.code });
    if (!colourPattern.test(status.colour))
      problems.push({ code: 'invalid_colour', statusCode: status.code });
  }
  for (const phase of PHASES) {
    if (!statuses.some((status) => status.phase === phase && status.active !== false)) {
      problems.push({ code: 'phase_without_status', phase });
    }
  }
  return problems;
}

function sortByOrder(statuses: readonly WorkOrderStatusDefinition[]): WorkOrderStatusDefinition[] {
  return [...statuses].sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
}

/** The status an order gets when it enters `phase` without a status chosen (first by order). */
export function defaultStatusForPhase(
  statuses: readonly WorkOrderStatusDefinition[],
  phase: Phase,
): WorkOrderStatusDefinition | undefined {
  return sortByOrder(statuses).find((status) => status.phase === phase && status.active !== false);
}

export function findStatus(
  statuses: readonly WorkOrderStatusDefinition[],
  code: string,
): WorkOrderStatusDefinition | undefined {
  return statuses.find((status) => status.code === code);
}

/**
 * The statuses this actor may set now: active statuses of the allowed phases, plus the other
 * statuses of the current phase. This is what a 409 answer lists as `allowedTransitions`.
 */
export function allowedStatuses(
  order: WorkOrderState & { status: string },
  actor: TransitionActor,
  statuses: readonly WorkOrderStatusDefinition[],
): WorkOrderStatusDefinition[] {
  const phases = new Set<Phase>(allowedTransitions(order, actor));
  return sortByOrder(statuses).filter(
    (status) =>
      status.active !== false &&
      status.code !== order.status &&
      (phases.has(status.phase) || status.phase === order.phase),
  );
}
