const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/**
 * Whether `value` is a UUID as PostgreSQL's `uuid` type reads it in its canonical form (any
 * case): what an id from a URL, a cursor or a client must be before it goes into a query, so a
 * malformed one is "not found" or a 400 rather than a database error.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
