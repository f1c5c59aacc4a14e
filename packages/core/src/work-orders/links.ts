/**
 * Parent/child links between work orders (e.g. one installation order with a child per
 * device). The tree must stay a tree: no order is its own ancestor.
 */
export type LinkFailureCode = 'SELF_LINK' | 'CYCLE';

/**
 * Whether `childId` may get `parentId` as its parent, given each order's current parent
 * (`parentOf(id)`, null at a root). Walks up from the new parent; reaching the child means a
 * cycle. The walk is bounded so corrupt data cannot loop forever.
 */
export function checkParentLink(
  childId: string,
  parentId: string,
  parentOf: (id: string) => string | null | undefined,
  maxDepth = 1_000,
): { ok: true } | { ok: false; code: LinkFailureCode } {
  if (childId === parentId) return { ok: false, code: 'SELF_LINK' };
  let current: string | null | undefined = parentId;
  for (let depth = 0; current != null && depth < maxDepth; depth++) {
    if (current === childId) return { ok: false, code: 'CYCLE' };
    current = parentOf(current);
  }
  return current == null ? { ok: true } : { ok: false, code: 'CYCLE' };
}
