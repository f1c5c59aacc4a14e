import type { GeoPoint, PutTechnicianBody, Region, Technician } from '@usta/contracts/planning';

export interface TechnicianFormValues {
  skills: { skillId: string; level: number }[];
  regions: string;
  startLocation: string;
  calendarId: string | null;
  maxJobsPerDay: number;
  vanWarehouseCode: string;
  authorisedCustomerIds: string[];
}

export function formValuesOf(tech: Technician): TechnicianFormValues {
  return {
    skills: tech.skills.map((skill) => ({ ...skill })),
    regions: tech.regions.map((region) => `${region.province} / ${region.district}`).join('\n'),
    startLocation: tech.startLocation ? `${tech.startLocation.lat}, ${tech.startLocation.lng}` : '',
    calendarId: tech.calendarId,
    maxJobsPerDay: tech.maxJobsPerDay,
    vanWarehouseCode: tech.vanWarehouseCode ?? '',
    authorisedCustomerIds: [...tech.authorisedCustomerIds],
  };
}

/** "İstanbul / Kadıköy" per line; null when a line does not read so. */
export function parseRegions(text: string): Region[] | null {
  const regions: Region[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [province, district, ...rest] = line.split('/').map((part) => part.trim());
    if (!province || !district || rest.length > 0) return null;
    regions.push({ province, district });
  }
  return regions;
}

/** "40.99, 29.03" → a point; '' → null; undefined when unreadable. */
export function parsePoint(text: string): GeoPoint | null | undefined {
  if (text.trim() === '') return null;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/u.exec(text);
  if (!match) return undefined;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
}

export type FormProblem = 'regions' | 'startLocation';

export function toBody(
  values: TechnicianFormValues,
  tech: Technician,
): { body: PutTechnicianBody } | { problem: FormProblem } {
  const regions = parseRegions(values.regions);
  if (!regions) return { problem: 'regions' };
  const startLocation = parsePoint(values.startLocation);
  if (startLocation === undefined) return { problem: 'startLocation' };
  return {
    body: {
      skills: values.skills.filter((skill) => skill.skillId),
      regions,
      startLocation,
      endLocation: tech.endLocation,
      calendarId: values.calendarId,
      maxJobsPerDay: values.maxJobsPerDay,
      authorisedCustomerIds: values.authorisedCustomerIds,
      vanWarehouseCode: values.vanWarehouseCode.trim() || null,
      version: tech.version,
    },
  };
}
