/**
 * Public entry of the stock module (issue 7). The sync module uses these to check an item,
 * find a technician's van and record a part used on an order in its own transaction.
 */
export { listPartsOf, listStockItems } from './list-stock.ts';
export { toWarehouse } from './present.ts';
export { type PartUseInput, recordPartUse } from './record-part-use.ts';
export { seedDemoStock } from './seed-demo-stock.ts';
export { findItem, findVanWarehouse, listLevelRows } from './stock-repository.ts';
