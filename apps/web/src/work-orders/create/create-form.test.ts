import { describe, expect, it } from 'vitest';
import { createBody, createFieldErrors, EMPTY_CREATE, livePriority, missingFields } from './create-form.ts';

describe('work-order create form', () => {
  it('shows the priority of impact × urgency as soon as both are set', () => {
    expect(livePriority({ impact: 'high', urgency: null })).toBeNull();
    expect(livePriority({ impact: 'high', urgency: 'high' })).toBe('P1');
    expect(livePriority({ impact: 'medium', urgency: 'low' })).toBe('P4');
    const flat = {
      high: { high: 'P2', medium: 'P2', low: 'P2' },
      medium: { high: 'P2', medium: 'P2', low: 'P2' },
      low: { high: 'P2', medium: 'P2', low: 'P2' },
    } as const;
    expect(livePriority({ impact: 'high', urgency: 'high' }, flat)).toBe('P2');
  });

  it('sends only what is filled in', () => {
    expect(createBody({ ...EMPTY_CREATE, customerId: 'c', complaint: ' Kombi su akıtıyor ' })).toEqual({
      customerId: 'c',
      channel: 'phone',
      type: 'fault',
      complaint: 'Kombi su akıtıyor',
    });
  });

  it('asks for the customer, the complaint and both halves of the priority', () => {
    expect(missingFields({ ...EMPTY_CREATE, impact: 'high' })).toEqual([
      'customerId',
      'complaint',
      'urgency',
    ]);
  });

  it('puts server errors on the right fields', () => {
    expect(
      createFieldErrors([
        { path: 'complaint', code: 'too_small', message: 'Şikayet boş olamaz' },
        { path: 'newDevice.serialNumber', code: 'x', message: 'Seri no' },
        { path: 'requestedDate', code: 'invalid_date', message: 'Tarih hatalı' },
      ]),
    ).toEqual({ complaint: 'Şikayet boş olamaz', deviceId: 'Seri no', requestedDate: 'Tarih hatalı' });
  });
});
