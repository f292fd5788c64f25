/** The engine's exact decimals, by name, for the order rules of this package. */
import { decimal } from '@exchange-errors/core/internal';

export type Decimal = decimal.Decimal;
export const {
  addDecimal,
  ceilQuotient,
  ceilToStep,
  commonStep,
  compareDecimal,
  decimalPlaces,
  floorToStep,
  formatDecimal,
  isMultipleOf,
  isNegative,
  parseDecimal,
  subtractDecimal,
  unitOfScale,
} = decimal;
