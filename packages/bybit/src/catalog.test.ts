/** The tests a sectioned product runs on its generated catalog (see @exchange-errors/catalog-generator's src/testing). */
import { describeSectionedProduct } from '@exchange-errors/catalog-generator/testing';

describeSectionedProduct('bybit');
