export { type CustomerSearch, parseCustomerSearch } from './customer-search.ts';
export { brandKey, serialNumberKey } from './device-keys.ts';
export {
  escapeLikePattern,
  FOLDED_FROM,
  FOLDED_TO,
  matchesSearch,
  SEARCH_KEY_FUNCTION_SQL,
  SEARCH_KEY_SQL,
  searchKey,
  searchTerms,
} from './search-key.ts';
export { isUuid } from './uuid.ts';
