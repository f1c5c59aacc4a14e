import { describe, expect, it } from 'vitest';
import { deviceBody, deviceFieldErrors, EMPTY_DEVICE } from './device-form.ts';

describe('device form', () => {
  it('sends empty fields as null and reads a Turkish price', () => {
    const body = deviceBody({
      ...EMPTY_DEVICE,
      customerId: 'c',
      brand: ' Arçelik ',
      model: '9120 PM',
      deviceType: 'Çamaşır makinesi',
      price: '12.500,50',
      warrantyEnd: '2027-12-31',
    });
    expect(body).toMatchObject({
      brand: 'Arçelik',
      price: '12500.50',
      serialNumber: null,
      warrantyEnd: '2027-12-31',
    });
    expect(deviceBody({ ...EMPTY_DEVICE, customerId: 'c', price: '9999.90' }).price).toBe('9999.90');
  });

  it('puts the serial conflict and new-device errors on the fields', () => {
    expect(
      deviceFieldErrors([
        { path: 'serialNumber', code: 'duplicate_serial', message: 'Bu seri no kayıtlı' },
        {
          path: 'newDevice.warrantyEnd',
          code: 'warranty_end_before_start',
          message: 'Bitiş başlangıçtan önce',
        },
      ]),
    ).toEqual({ serialNumber: 'Bu seri no kayıtlı', warrantyEnd: 'Bitiş başlangıçtan önce' });
  });
});
