export {
  escapeLikePattern,
  FOLDED_FROM,
  FOLDED_TO,
  matchesSearch,
  SEARCH_KEY_SQL,
  searchKey,
  searchTerms,
} from './search-key.ts';
