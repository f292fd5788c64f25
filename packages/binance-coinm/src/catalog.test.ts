/** The tests every product runs on its generated catalog and its bound exports (see @exchange-errors/catalog-generator's src/testing). */
import { describePackage, describeProduct } from '@exchange-errors/catalog-generator/testing';
import { PRODUCT as GENERATED } from './generated/catalog.js';
import { binanceCoinmEager, formatBinanceCoinmError, resolveBinanceCoinmError } from './index.js';
import { binanceCoinm } from './module.js';
import { PRODUCT } from './product.js';

describeProduct('coinm');

describePackage('coinm', {
  generated: GENERATED,
  copy: PRODUCT,
  module: binanceCoinm,
  eager: binanceCoinmEager,
  resolve: resolveBinanceCoinmError,
  format: formatBinanceCoinmError,
});
