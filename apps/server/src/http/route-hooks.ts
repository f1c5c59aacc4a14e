import type { RouteOptions } from 'fastify';

type HookName = 'onRequest' | 'preHandler' | 'onSend';

/**
 * Adds a hook to one route from an `onRoute` hook, after the route's own. A hook that only
 * concerns some routes (POSTs, session writes) is not run, even to return at once, on every
 * request — the list page is the hottest read and pays for each global hook it passes through.
 */
export function addRouteHook<Name extends HookName>(
  route: RouteOptions,
  name: Name,
  hook: NonNullable<RouteOptions[Name]> extends infer H ? (H extends readonly (infer F)[] ? F : H) : never,
): void {
  const existing = route[name] as unknown;
  const hooks = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
  (route as unknown as Record<string, unknown>)[name] = [...hooks, hook];
}

/** The methods a route answers, other than HEAD (which Fastify adds for every GET). */
export function routeMethods(route: RouteOptions): string[] {
  return [route.method].flat().filter((method) => method !== 'HEAD');
}
