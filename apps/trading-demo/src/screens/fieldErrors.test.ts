import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { bybitV5Eager } from '@exchange-errors/bybit/eager';
import { resolve } from '@exchange-errors/core';

const resolveBinanceError = (input: unknown) => resolve(binanceOptionsEager, input);
const resolveBinanceSpotError = (input: unknown) => resolve(binanceSpotEager, input);
const resolveBinanceUsdmError = (input: unknown) => resolve(binanceUsdmEager, input);
import { expect, it } from 'vitest';
import { fieldOf } from './fieldErrors.js';

it.each([
  [{ code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." }, 'quantity'],
  [
    {
      code: -1100,
      msg: "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.",
    },
    'price',
  ],
  [{ code: -1102, msg: "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed." }, null],
  [{ code: -4029, msg: 'Tick size precision is invalid.' }, 'price'],
  [{ code: -4030, msg: 'Step size precision is invalid.' }, 'quantity'],
  [{ code: -1121, msg: 'Invalid symbol.' }, 'symbol'],
  [{ code: -6044, msg: 'clientOrderId is duplicated' }, 'clientOrderId'],
  [
    { code: -6046, msg: 'Due to the order could not be filled immediately, the FOK order has been rejected.' },
    'timeInForce',
  ],
  [{ code: -2018, msg: 'Balance is insufficient.' }, null],
  ['<html>502</html>', null],
])('%j points at %s', (input, field) => {
  expect(fieldOf(resolveBinanceError(input))).toBe(field);
});

it.each([
  [{ code: -1013, msg: 'Filter failure: PRICE_FILTER' }, 'price'],
  [{ code: -1013, msg: 'Filter failure: LOT_SIZE' }, 'quantity'],
  [{ code: -1013, msg: 'Filter failure: NOTIONAL' }, 'quantity'],
  [{ code: -2010, msg: 'Account has insufficient balance for requested action.' }, 'quantity'],
  [{ code: -2010, msg: 'Order would immediately match and take.' }, 'type'],
  [{ code: -2010, msg: 'Duplicate order sent.' }, 'clientOrderId'],
  [{ code: -1111, msg: "Parameter 'price' has too much precision." }, 'price'],
  [{ code: -1106, msg: "Parameter 'timeInForce' sent when not required." }, 'timeInForce'],
  [
    {
      code: -1100,
      msg: "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[a-zA-Z0-9-_]{1,36}$'.",
    },
    'clientOrderId',
  ],
  [{ code: -2022, msg: 'Order cancel-replace failed.' }, 'replaceOrderId'],
])('Spot: %j points at %s', (input, field) => {
  expect(fieldOf(resolveBinanceSpotError(input), 'spot')).toBe(field);
});

it.each([
  [{ code: -4014, msg: 'Price not increased by tick size.' }, 'price'],
  [{ code: -4164, msg: "Order's notional must be no smaller than 100 (unless you choose reduce only)" }, 'quantity'],
  [{ code: -4061, msg: "Order's position side does not match user's setting." }, 'positionSide'],
  [{ code: -2022, msg: 'ReduceOnly Order is rejected.' }, 'reduceOnly'],
  [
    { code: -5022, msg: 'Due to the order could not be executed as maker, the Post Only order will be rejected.' },
    'timeInForce',
  ],
  [{ code: -1111, msg: 'Precision is over the maximum defined for this asset.' }, null],
  [{ code: -2019, msg: 'Margin is insufficient.' }, null],
])('USDⓈ-M: %j points at %s', (input, field) => {
  expect(fieldOf(resolveBinanceUsdmError(input), 'usdm')).toBe(field);
});

// Bybit's refusals as its servers send them (HTTP 200, a retCode), read with the request's path.
const bybit = (retCode: number, retMsg: string) => ({
  status: 200,
  headers: {},
  body: JSON.stringify({ retCode, retMsg, result: {}, retExtInfo: {}, time: 1 }),
});
it.each([
  [bybit(110094, 'Order notional value below the lower limit'), 'quantity'],
  [bybit(110007, 'Insufficient available balance'), 'quantity'],
  [bybit(110003, 'price is invalid'), 'price'],
  [bybit(110017, 'Reduce-only rule not satisfied'), 'reduceOnly'],
  [bybit(110072, 'OrderLinkedID is duplicate'), 'clientOrderId'],
  [bybit(10001, 'The number of contracts exceeds minimum limit allowed'), null],
  [bybit(10016, 'Server error.'), null],
  // Binance's code of the same number means nothing here.
  [bybit(-2022, 'ReduceOnly Order is rejected.'), null],
])('Bybit: %j points at %s', (input, field) => {
  const resolved = resolve(bybitV5Eager, input, { request: { method: 'POST', url: '/v5/order/create' } });
  expect(fieldOf(resolved, 'bybitLinear')).toBe(field);
});
