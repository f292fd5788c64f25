/** The tests every product runs on its generated catalog and binding (see @exchange-errors/catalog-generator's src/testing). */
import { describePackage, describeProduct } from '@exchange-errors/catalog-generator/testing';
import { binanceUsdmEager } from './generated/eager.js';
import { binanceUsdm } from './generated/index.js';

describeProduct('usdm');

describePackage('usdm', { lazy: binanceUsdm, eager: binanceUsdmEager });
