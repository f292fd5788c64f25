/** The tests every product runs on its generated catalog and binding (see @exchange-errors/catalog-generator's src/testing). */
import { describePackage, describeProduct } from '@exchange-errors/catalog-generator/testing';
import { binanceSpotEager } from './generated/eager.js';
import { binanceSpot } from './generated/index.js';

describeProduct('spot');

describePackage('spot', { lazy: binanceSpot, eager: binanceSpotEager });
