import { resolveBinanceError } from '@exchange-errors/binance-options';
import { expect, it } from 'vitest';
import { fieldOf } from './fieldErrors.js';

it.each([
  [{ code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." }, 'quantity'],
  [{ code: -1100, msg: "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." }, 'price'],
  [{ code: -1102, msg: "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed." }, null],
  [{ code: -4029, msg: 'Tick size precision is invalid.' }, 'price'],
  [{ code: -4030, msg: 'Step size precision is invalid.' }, 'quantity'],
  [{ code: -1121, msg: 'Invalid symbol.' }, 'symbol'],
  [{ code: -6044, msg: 'clientOrderId is duplicated' }, 'clientOrderId'],
  [{ code: -6046, msg: 'Due to the order could not be filled immediately, the FOK order has been rejected.' }, 'timeInForce'],
  [{ code: -2018, msg: 'Balance is insufficient.' }, null],
  ['<html>502</html>', null],
])('%j points at %s', (input, field) => {
  expect(fieldOf(resolveBinanceError(input))).toBe(field);
});
