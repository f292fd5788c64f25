/** The tests every product runs on its generated catalog and binding (see @exchange-errors/catalog-generator's src/testing). */
import { describePackage, describeProduct } from '@exchange-errors/catalog-generator/testing';
import { binanceCoinmEager } from './generated/eager.js';
import { binanceCoinm } from './generated/index.js';

describeProduct('coinm');

describePackage('coinm', { lazy: binanceCoinm, eager: binanceCoinmEager });
