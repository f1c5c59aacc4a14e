/**
 * Where the map's background tiles come from. Nothing else on the planning pages needs the
 * internet, so the default is no tile server at all: the map then shows routes and markers on a
 * plain background. A company with a tile server (its own, or a provider it has an agreement
 * with) sets `VITE_MAP_TILE_URL` at build time, and a planner may override it for one browser
 * from the map's layer menu (kept in localStorage).
 */
const STORAGE_KEY = 'usta.mapTileUrl';

export interface TileSource {
  /** A Leaflet URL template (`https://…/{z}/{x}/{y}.png`), or null for no tiles. */
  url: string | null;
  attribution: string;
  origin: 'browser' | 'build' | 'none';
}

/** A tile template Leaflet can use: http(s) or same-origin path, with {z}, {x} and {y}. */
export function isTileTemplate(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(https?:\/\/|\/)/u.test(trimmed)) return false;
  return ['{z}', '{x}', '{y}'].every((part) => trimmed.includes(part));
}

function buildTimeUrl(): string | null {
  const value = import.meta.env.VITE_MAP_TILE_URL as string | undefined;
  return value && isTileTemplate(value) ? value.trim() : null;
}

export function tileSource(): TileSource {
  const attribution = (import.meta.env.VITE_MAP_TILE_ATTRIBUTION as string | undefined) ?? '';
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'none') return { url: null, attribution: '', origin: 'browser' };
    if (stored && isTileTemplate(stored)) return { url: stored, attribution, origin: 'browser' };
  } catch {
    // Storage disabled: fall through to the build's setting.
  }
  const url = buildTimeUrl();
  return url ? { url, attribution, origin: 'build' } : { url: null, attribution: '', origin: 'none' };
}

/** null clears the browser's override (the build's setting applies again); 'none' turns tiles off. */
export function saveTileOverride(value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, value.trim());
  } catch {
    // Private mode: the choice is lost on reload, nothing else breaks.
  }
}
