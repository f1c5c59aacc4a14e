import { AppError } from '../../http/errors.ts';

/** 404 naming the body field that held an id unknown to the organisation (or another's). */
export function unknownReference(entity: string, path: string): AppError {
  return new AppError('NOT_FOUND', { entity }, [{ path, code: 'not_found' }]);
}

/** 409 on the serial field, naming the device that has it (same organisation only) when known. */
export function serialTaken(path: string, existingDeviceId: string | null): AppError {
  return new AppError(
    'ALREADY_EXISTS',
    { field: 'seri numarası / serial number' },
    [{ path, code: 'serial_number_taken' }],
    existingDeviceId ? { existingDeviceId } : {},
  );
}

/** The PostgreSQL error code under a Drizzle query error (23505 unique, 23503 foreign key). */
export function pgCode(error: unknown): string | undefined {
  return (error as { cause?: { code?: string } }).cause?.code;
}
