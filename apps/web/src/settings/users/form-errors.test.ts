import { describe, expect, it } from 'vitest';
import { fieldErrorsFor } from './form-errors.ts';

describe('fieldErrorsFor', () => {
  it('maps paths to the form fields, first message wins', () => {
    const errors = [
      { path: 'email', code: 'taken', message: 'Bu e-posta kullanımda.' },
      { path: 'roles.1', code: 'invalid', message: 'Geçersiz rol.' },
      { path: 'roles.2', code: 'invalid', message: 'Yine geçersiz.' },
    ];
    expect(fieldErrorsFor(errors, ['email', 'roles', 'name'])).toEqual({
      email: 'Bu e-posta kullanımda.',
      roles: 'Geçersiz rol.',
    });
  });

  it('leaves out fields the form does not have', () => {
    expect(fieldErrorsFor([{ path: 'version', code: 'x', message: 'm' }], ['name'])).toEqual({});
  });
});
