/**
 * The zones a Turkish service company plausibly works in, Istanbul first. A calendar stored
 * with another zone keeps it: the select adds the current value when it is not listed.
 */
export const COMMON_TIME_ZONES = [
  'Europe/Istanbul',
  'UTC',
  'Europe/London',
  'Europe/Lisbon',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Europe/Paris',
  'Europe/Rome',
  'Europe/Madrid',
  'Europe/Vienna',
  'Europe/Warsaw',
  'Europe/Athens',
  'Europe/Sofia',
  'Europe/Bucharest',
  'Europe/Kyiv',
  'Europe/Moscow',
  'Asia/Nicosia',
  'Asia/Baku',
  'Asia/Tbilisi',
  'Asia/Yerevan',
  'Asia/Dubai',
  'Asia/Riyadh',
  'Asia/Qatar',
  'Asia/Baghdad',
  'Asia/Tehran',
  'Asia/Almaty',
  'Asia/Tashkent',
  'Asia/Ashgabat',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Africa/Cairo',
  'Africa/Tripoli',
  'Africa/Algiers',
  'Africa/Casablanca',
  'Africa/Lagos',
  'Africa/Nairobi',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Australia/Sydney',
] as const;

export function timeZoneOptions(current: string): string[] {
  const zones: string[] = [...COMMON_TIME_ZONES];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}
