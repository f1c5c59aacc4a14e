import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid.ts';

describe('isUuid', () => {
  it('takes the canonical form in either case', () => {
    expect(isUuid('29310d21-6c6c-4a19-9ac6-9f388f42dccc')).toBe(true);
    expect(isUuid('29310D21-6C6C-4A19-9AC6-9F388F42DCCC')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of [
      '',
      'kimse',
      '29310d21-6c6c-4a19-9ac6-9f388f42dcc',
      '29310d216c6c4a199ac69f388f42dccc',
      ' 29310d21-6c6c-4a19-9ac6-9f388f42dccc',
      7,
      null,
      undefined,
    ]) {
      expect(isUuid(value), String(value)).toBe(false);
    }
  });
});
