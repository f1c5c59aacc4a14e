import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect.ts';

describe('safeRedirect', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeRedirect('/settings/users?q=ay%C5%9Fe')).toBe('/settings/users?q=ay%C5%9Fe');
  });

  it('refuses other sites and odd values', () => {
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      42,
    ]) {
      expect(safeRedirect(bad)).toBe('/');
    }
  });

  it('never returns to the login page itself', () => {
    expect(safeRedirect('/login?redirect=%2F')).toBe('/');
  });
});
