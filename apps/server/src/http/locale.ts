import type { Locale } from '@usta/contracts/common';
import type { FastifyRequest } from 'fastify';

/**
 * The caller's language: an explicit Accept-Language wins (the web app sends its UI language),
 * then the signed-in user's setting, then Turkish.
 */
export function requestLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  if (typeof header === 'string' && header.length > 0) {
    const ranked = header
      .split(',')
      .map((part, index) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.toLowerCase(), q: q ? Number(q.split('=')[1]) : 1, index };
      })
      .sort((a, b) => b.q - a.q || a.index - b.index);
    for (const { tag } of ranked) {
      if (tag.startsWith('tr')) return 'tr';
      if (tag.startsWith('en')) return 'en';
    }
  }
  return request.auth?.locale ?? 'tr';
}
