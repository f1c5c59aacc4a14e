import type { CreateCustomerBody } from '@usta/contracts/customers';
import type { Executor } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
// Public use of the users module: its repository's organisation-scoped lookup.
import { findUser } from '../users/user-repository.ts';
import type { NewAddress } from './customer-repository.ts';

type AddressInput = CreateCustomerBody['addresses'][number];

/** An address of the body as a row (coordinates in two columns; blanks as NULL). */
export function toAddressValues(address: AddressInput, keepId: boolean): NewAddress {
  return {
    ...(keepId && address.id ? { id: address.id } : {}),
    label: address.label ?? null,
    province: address.province,
    district: address.district,
    neighbourhood: address.neighbourhood ?? null,
    line: address.line,
    postalCode: address.postalCode ?? null,
    latitude: address.coordinates?.lat ?? null,
    longitude: address.coordinates?.lng ?? null,
    isDefault: address.isDefault ?? false,
  };
}

/** The representative must be a user of the same organisation (else 404 on the field). */
export async function checkRepresentative(
  db: Executor,
  organizationId: string,
  representativeId: string | null | undefined,
): Promise<void> {
  if (!representativeId) return;
  if (!(await findUser(db, organizationId, representativeId))) {
    throw new AppError('NOT_FOUND', { entity: 'user' }, [{ path: 'representativeId', code: 'not_found' }]);
  }
}

/** What the audit trail records of a customer (addresses as the API shows them). */
export function auditedCustomer(customer: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, createdAt: _created, updatedAt: _updated, version: _version, ...rest } = customer;
  return rest;
}
