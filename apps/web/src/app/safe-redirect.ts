/**
 * The path to return to after login comes from the URL, so anyone can craft it: accept only
 * paths on this site (`/x`, not `//evil.example` or `/\evil.example`) and never the login page.
 */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/')) return '/';
  if (target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target === '/login' || target.startsWith('/login?') || target.startsWith('/login/')) return '/';
  return target;
}
