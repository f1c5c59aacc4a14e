import type { FieldError } from '@usta/contracts/common';
import type { CreateCustomerInput, Customer, CustomerType } from '@usta/contracts/customers';
import { formatPhone } from '../work-orders/format.ts';

/**
 * The customer form edits the main phone, e-mail and address in flat fields (what a call-centre
 * agent types); the rest of the customer's lists are kept as they are.
 */
export interface CustomerFormValues {
  type: CustomerType;
  name: string;
  taxNumber: string;
  taxOffice: string;
  phone: string;
  email: string;
  province: string;
  district: string;
  neighbourhood: string;
  line: string;
}

export type CustomerFormField = keyof CustomerFormValues;

export const EMPTY_CUSTOMER: CustomerFormValues = {
  type: 'individual',
  name: '',
  taxNumber: '',
  taxOffice: '',
  phone: '',
  email: '',
  province: '',
  district: '',
  neighbourhood: '',
  line: '',
};

export function customerFormValues(customer: Customer): CustomerFormValues {
  const address = customer.addresses.find((a) => a.isDefault) ?? customer.addresses[0];
  return {
    type: customer.type,
    name: customer.name,
    taxNumber: customer.taxNumber ?? '',
    taxOffice: customer.taxOffice ?? '',
    phone: customer.phones[0] ? formatPhone(customer.phones[0].number) : '',
    email: customer.emails[0] ?? '',
    province: address?.province ?? '',
    district: address?.district ?? '',
    neighbourhood: address?.neighbourhood ?? '',
    line: address?.line ?? '',
  };
}

const opt = (value: string) => (value.trim() === '' ? undefined : value.trim());
const hasAddress = (v: CustomerFormValues) =>
  [v.province, v.district, v.neighbourhood, v.line].some((x) => x.trim());

function addressOf(values: CustomerFormValues, id?: string) {
  return {
    ...(id ? { id } : {}),
    province: values.province.trim(),
    district: values.district.trim(),
    neighbourhood: opt(values.neighbourhood),
    line: values.line.trim(),
    isDefault: true,
  };
}

export function createCustomerBody(values: CustomerFormValues): CreateCustomerInput {
  return {
    type: values.type,
    name: values.name.trim(),
    taxNumber: opt(values.taxNumber) ?? null,
    taxOffice: values.type === 'corporate' ? (opt(values.taxOffice) ?? null) : null,
    phones: opt(values.phone) ? [{ number: values.phone.trim() }] : [],
    emails: opt(values.email) ? [values.email.trim()] : [],
    addresses: hasAddress(values) ? [addressOf(values)] : [],
  };
}

/** The edit: the first phone, e-mail and the default address replaced in place, others kept. */
export function updateCustomerBody(values: CustomerFormValues, customer: Customer) {
  const main = customer.addresses.find((a) => a.isDefault) ?? customer.addresses[0];
  const others = customer.addresses
    .filter((a) => a !== main)
    .map(({ id, label, province, district, neighbourhood, line, postalCode }) => ({
      id,
      ...(label ? { label } : {}),
      province,
      district,
      ...(neighbourhood ? { neighbourhood } : {}),
      line,
      ...(postalCode ? { postalCode } : {}),
      isDefault: false,
    }));
  const phones = customer.phones
    .slice(1)
    .map(({ number, label }) => ({ number, ...(label ? { label } : {}) }));
  return {
    ...createCustomerBody(values),
    phones: [...(opt(values.phone) ? [{ number: values.phone.trim() }] : []), ...phones],
    emails: [...(opt(values.email) ? [values.email.trim()] : []), ...customer.emails.slice(1)],
    addresses: [...(hasAddress(values) ? [addressOf(values, main?.id)] : []), ...others],
    version: customer.version,
  };
}

const PATH_TO_FIELD: Record<string, CustomerFormField> = {
  type: 'type',
  name: 'name',
  taxNumber: 'taxNumber',
  taxOffice: 'taxOffice',
  phones: 'phone',
  emails: 'email',
};
const ADDRESS_FIELDS = new Set(['province', 'district', 'neighbourhood', 'line']);

/** The server names fields in the body's shape (`phones.0.number`); the form's are flat. */
export function customerFieldErrors(
  errors: readonly FieldError[],
): Partial<Record<CustomerFormField, string>> {
  const result: Partial<Record<CustomerFormField, string>> = {};
  for (const error of errors) {
    const [head, index, leaf] = error.path.split('.');
    let field: CustomerFormField | undefined;
    if (head === 'addresses') field = leaf && ADDRESS_FIELDS.has(leaf) ? (leaf as CustomerFormField) : 'line';
    else if ((head === 'phones' || head === 'emails') && index !== undefined && index !== '0')
      field = undefined;
    else field = head === undefined ? undefined : PATH_TO_FIELD[head];
    if (field && result[field] === undefined) result[field] = error.message;
  }
  return result;
}
