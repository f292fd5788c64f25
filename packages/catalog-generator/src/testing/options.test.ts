/** The product suite on the Options catalog too: the shared checks hold for the package that came first. */
import { describeProduct } from './product-suite.js';

describeProduct('options');
