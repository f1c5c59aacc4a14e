import { describe, expect, it } from 'vitest';
import { parsePoint, parseRegions } from './technician-form.ts';

describe('technician profile form', () => {
  it('reads one "province / district" per line and refuses a line without both', () => {
    expect(parseRegions('İstanbul / Kadıköy\n\n İstanbul/Üsküdar ')).toEqual([
      { province: 'İstanbul', district: 'Kadıköy' },
      { province: 'İstanbul', district: 'Üsküdar' },
    ]);
    expect(parseRegions('Kadıköy')).toBeNull();
    expect(parseRegions('a / b / c')).toBeNull();
  });

  it('reads a start location as "lat, lng", empty as none, nonsense as unreadable', () => {
    expect(parsePoint('40.99, 29.03')).toEqual({ lat: 40.99, lng: 29.03 });
    expect(parsePoint('')).toBeNull();
    expect(parsePoint('99, 29')).toBeUndefined();
    expect(parsePoint('Kadıköy')).toBeUndefined();
  });
});
