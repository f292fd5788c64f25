/**
 * The Options order rules, as the engine takes them (`ProductModule.rules`): the explanation of a
 * rejection with the symbol's numbers (`explain`), and the checks the exchange runs on an order
 * (`check`, behind `validateOrder`). The generated binding loads this module as a chunk of its own.
 */
import type { OrderRules } from '@exchange-errors/core';
import { explainWith } from './explain-rules.js';
import { failuresOf } from './order-checks.js';

export type {
  BookTop,
  ExplainContext,
  OptionSymbolFilter,
  OptionSymbolInfo,
  OrderDraft,
  OrderField,
} from './order-context.js';

export const rules: OrderRules = { explain: explainWith, check: failuresOf };
