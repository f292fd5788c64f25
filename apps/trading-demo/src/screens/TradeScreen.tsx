import { isVenueProduct, VENUES } from '../state/products.js';
import { useTicketProduct } from '../state/ticket.js';
import { OpenOrders } from './OpenOrders.js';
import { OptionsChain } from './OptionsChain.js';
import { OrderTicket } from './OrderTicket.js';
import { Positions } from './Positions.js';
import { VenueHoldings } from './VenueHoldings.js';
import { VenueOpenOrders } from './VenueOpenOrders.js';

/** The chain, the ticket, and the open orders and holdings of the product on the ticket. */
export function TradeScreen() {
  const product = useTicketProduct();
  return (
    <div className="trade-grid">
      <div className="stack">
        <OptionsChain />
        {isVenueProduct(product) ? (
          <>
            <VenueOpenOrders venue={VENUES[product]} product={product} />
            <VenueHoldings product={product} />
          </>
        ) : (
          <>
            <OpenOrders />
            <Positions />
          </>
        )}
      </div>
      <OrderTicket />
    </div>
  );
}
