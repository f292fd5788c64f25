import { OpenOrders } from './OpenOrders.js';
import { OptionsChain } from './OptionsChain.js';
import { OrderTicket } from './OrderTicket.js';
import { Positions } from './Positions.js';

export function TradeScreen() {
  return (
    <div className="trade-grid">
      <div className="stack">
        <OptionsChain />
        <OpenOrders />
        <Positions />
      </div>
      <OrderTicket />
    </div>
  );
}
