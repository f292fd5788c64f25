/** The Options texts this package ships, for the engine's formatter (both languages, in memory). */
import type { ShippedTexts } from '@exchange-errors/core';
import { NAMESPACE } from './namespace.js';
import { resources } from './resources.js';

export const SHIPPED: ShippedTexts = (language) => resources[language][NAMESPACE];
