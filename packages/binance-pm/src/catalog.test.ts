/** The tests every product runs on its generated catalog and binding (see @exchange-errors/catalog-generator's src/testing). */
import { describePackage, describeProduct } from '@exchange-errors/catalog-generator/testing';
import { binancePmEager } from './generated/eager.js';
import { binancePm } from './generated/index.js';

describeProduct('pm');

describePackage('pm', { lazy: binancePm, eager: binancePmEager });
