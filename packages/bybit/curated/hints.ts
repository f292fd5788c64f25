/**
 * The hints Bybit's codes share, in English and Traditional Chinese (the Simplified is converted from
 * the Traditional at generate time, with the phrase fixes of scripts/overrides.ts). A hint says what
 * the trader (or the app's developer) can do next; ours in every language.
 */
export type Hint = readonly [en: string, zhHant: string];

export const HINT = {
  retry: ['Nothing was changed. Wait a moment and try again.', '未做任何變更。請稍候再試。'],
  retryOrder: [
    'The request may not have been processed. Check your open orders before sending it again.',
    '請求可能未被處理。再次發送前，請先查看您的當前委託。',
  ],
  unknownOutcome: [
    'The result is unknown: the request may have gone through. Check your orders and balances before trying again.',
    '結果未知：請求可能已經生效。重試前請先查看您的訂單與資產。',
  ],
  slowDown: [
    'Too many requests were sent. Slow down, wait a moment and try again.',
    '請求過於頻繁。請降低請求頻率，稍候再試。',
  ],
  params: [
    'A value of the request is missing or not accepted. Check the request and send it again.',
    '請求中的參數缺失或不被接受。請檢查請求後重新發送。',
  ],
  apiKey: [
    'Check the API key, the environment it belongs to (mainnet, testnet, demo) and its permissions.',
    '請檢查 API 金鑰是否正確、其所屬環境（主網、測試網、模擬盤）以及金鑰權限。',
  ],
  permission: [
    'Your account or API key is not allowed to do this. Check its permissions, or contact Bybit’s support.',
    '您的帳戶或 API 金鑰無權執行此操作。請檢查權限，或聯繫 Bybit 客服。',
  ],
  clock: [
    'Your device’s clock differs from Bybit’s. Synchronize it, or widen the receive window, and try again.',
    '您裝置的時間與 Bybit 伺服器不一致。請校準時間或放寬接收窗口後再試。',
  ],
  support: [
    'This cannot be fixed from the order form. If it persists, contact Bybit’s support.',
    '此問題無法在下單介面中解決。若持續出現，請聯繫 Bybit 客服。',
  ],
  region: [
    'This service is not available where you are, or on this Bybit site. Contact Bybit’s support if you think this is wrong.',
    '您所在的地區或此 Bybit 站點無法使用此服務。如有疑問，請聯繫 Bybit 客服。',
  ],
  kyc: [
    'Complete identity verification (KYC) in the Bybit app or website, then try again.',
    '請在 Bybit App 或網站完成身份驗證（KYC）後再試。',
  ],
  upgradeUta: [
    'This needs a Unified Trading Account. Upgrade your account in the Bybit app or website.',
    '此功能需要統一交易帳戶。請在 Bybit App 或網站升級您的帳戶。',
  ],
  notUta: [
    'This is not available to Unified Trading Accounts. Use the endpoint for your account type.',
    '統一交易帳戶無法使用此功能。請使用適合您帳戶類型的介面。',
  ],
  utaUpgrading: [
    'Your account is being upgraded. Wait until the upgrade is done, then try again.',
    '您的帳戶正在升級中。請待升級完成後再試。',
  ],
  balance: [
    'Your available balance is too low. Deposit or transfer funds, or lower the amount.',
    '可用餘額不足。請入金、劃轉資金或降低數量。',
  ],
  margin: [
    'Not enough margin for this. Add margin, reduce the position or lower the order size.',
    '保證金不足。請追加保證金、減少倉位或降低下單數量。',
  ],
  orderState: [
    'The order is no longer in a state that allows this. Refresh your orders and check its status.',
    '訂單目前的狀態不允許此操作。請重新整理並查看訂單狀態。',
  ],
  orderNotFound: [
    'No such order. Check the order ID (or your order link ID) and the symbol, and refresh your orders.',
    '找不到此訂單。請檢查訂單 ID（或自訂訂單 ID）與交易對，並重新整理訂單列表。',
  ],
  price: [
    'The price is outside what the exchange accepts now. Adjust the price and try again.',
    '價格超出交易所目前可接受的範圍。請調整價格後再試。',
  ],
  quantity: [
    'The quantity is outside what the symbol allows. Adjust the quantity to its limits and step size.',
    '數量超出此交易對允許的範圍。請依其上下限與步長調整數量。',
  ],
  precision: [
    'Too many decimal places. Round the value to the precision the symbol or coin allows.',
    '小數位數過多。請依交易對或幣種允許的精度調整數值。',
  ],
  orderType: [
    'This kind of order is not accepted here. Choose another order type or time in force.',
    '此處不接受這種訂單。請選擇其他訂單類型或有效方式。',
  ],
  tooManyOrders: [
    'You have reached the maximum number of open orders. Cancel some, then try again.',
    '已達當前委託數量上限。請取消部分訂單後再試。',
  ],
  symbol: [
    'This symbol cannot be traded this way now. Check the symbol, its status and the product category.',
    '此交易對目前無法以這種方式交易。請檢查交易對、其狀態與產品類別。',
  ],
  leverage: [
    'The leverage is not allowed here. Choose a leverage within the allowed range.',
    '此槓桿倍數不被允許。請在允許範圍內選擇槓桿。',
  ],
  riskLimit: [
    'The position or order is over the risk limit. Lower the size or leverage, or change the risk limit.',
    '倉位或訂單超過風險限額。請降低數量或槓桿，或調整風險限額。',
  ],
  liquidation: [
    'The position or account is being liquidated or close to it. Wait until it is settled, or add margin.',
    '倉位或帳戶正在強平或接近強平。請等待處理完成，或追加保證金。',
  ],
  mode: [
    'Your current margin or position mode does not allow this. Switch mode first, or use another setting.',
    '您目前的保證金或持倉模式不允許此操作。請先切換模式，或改用其他設定。',
  ],
  switchBlocked: [
    'The switch is blocked by your open positions, orders or loans. Close or cancel them first.',
    '您的持倉、委託或借款導致無法切換。請先平倉、撤單或還款。',
  ],
  notModified: [
    'Nothing was changed: the value is already set. No action is needed.',
    '未做任何變更：此設定已是目前的值。無需處理。',
  ],
  tpsl: ['Check the take-profit and stop-loss settings of the order or position.', '請檢查訂單或倉位的止盈止損設定。'],
  insLoan: [
    'Your institutional loan restricts this. Check its LTV and terms, or contact your account manager.',
    '您的機構借貸限制了此操作。請檢查其 LTV 與條款，或聯繫您的客戶經理。',
  ],
  spread: [
    'Spread trading does not allow this for your account or mode. Check its requirements.',
    '價差交易在您的帳戶或模式下不允許此操作。請查看其使用要求。',
  ],
  preMarket: [
    'Pre-market perpetuals limit what you can do in this phase. Wait for the next phase, or change the order.',
    '盤前永續合約在此階段有操作限制。請等待下一階段，或修改訂單。',
  ],
  eventFutures: [
    'Event futures have their own rules for access, modes and timing. Check them before trading.',
    '事件合約的權限、模式與時段有專門規則。交易前請先查看。',
  ],
  terms: [
    'Read and accept the required terms or risk disclosure in the Bybit app or website, then try again.',
    '請在 Bybit App 或網站閱讀並同意相關條款或風險揭示後再試。',
  ],
  marginTrading: [
    'Margin trading is not enabled or not available for this coin or pair. Enable it, or choose another.',
    '槓桿交易未開啟，或此幣種或交易對不支援。請開啟槓桿交易，或改選其他。',
  ],
  borrow: [
    'The borrowing is outside the allowed amount or conditions. Change the amount, or check the loan’s terms.',
    '借款超出允許的數量或條件。請調整數量，或查看借款條款。',
  ],
  repay: [
    'The repayment cannot be made as requested. Check the debt, the amount and your balance.',
    '無法按請求還款。請檢查負債、還款數量與餘額。',
  ],
  collateral: [
    'Check the collateral: its amount, whether the coin can be used as collateral, and the platform’s limits.',
    '請檢查抵押品：數量、該幣種能否作為抵押品，以及平台上限。',
  ],
  withdraw: [
    'The withdrawal is not allowed as requested. Check the address, the amount and your withdrawal limits.',
    '無法按請求提幣。請檢查地址、數量與您的提幣限額。',
  ],
  travelRule: [
    'A travel-rule check of the receiving exchange failed. Check the recipient’s details, or contact that exchange.',
    '收款交易所的旅行規則檢查未通過。請檢查收款人資料，或聯繫該交易所。',
  ],
  transfer: [
    'The transfer is not allowed as requested. Check the accounts, the coin and the transferable amount.',
    '無法按請求劃轉。請檢查帳戶、幣種與可劃轉數量。',
  ],
  subAccount: [
    'Check the sub-account: that it exists, belongs to this main account, and may do this.',
    '請檢查子帳戶：是否存在、是否屬於此母帳戶、是否有權執行此操作。',
  ],
  convert: [
    'The conversion cannot be made now. Request a new quote, or change the coin or amount.',
    '目前無法兌換。請重新報價，或更換幣種或數量。',
  ],
  loanOrder: [
    'Check the loan order: that it exists and what state it is in.',
    '請檢查借款訂單：是否存在及其目前狀態。',
  ],
  earn: [
    'The Earn product does not allow this now. Check the product’s status, limits and requirements.',
    '理財產品目前不允許此操作。請查看產品狀態、限額與參與條件。',
  ],
  voucher: [
    'The voucher cannot be used. Check its status and validity period.',
    '此卡券無法使用。請查看其狀態與有效期限。',
  ],
  broker: [
    'Check the broker account and the request’s parameters; this is available to exchange brokers only.',
    '請檢查經紀商帳戶與請求參數；此功能僅供交易所經紀商使用。',
  ],
  rfq: [
    'The request for quote cannot go ahead as sent. Check the RFQ, its legs and the counterparties.',
    '詢價無法按此進行。請檢查詢價單、其明細與交易對手。',
  ],
  strategy: [
    'The strategy order cannot go ahead as set. Check its parameters and your strategy limits.',
    '策略訂單無法按此設定執行。請檢查其參數與您的策略數量上限。',
  ],
  signal: [
    'Check the signal’s settings: symbol, prices, leverage and timing.',
    '請檢查訊號設定：交易對、價格、槓桿與時間。',
  ],
  prediction: [
    'The prediction market cannot take this order now. Check the market and your balance.',
    '預測市場目前無法接受此訂單。請查看市場狀態與您的餘額。',
  ],
  http: [
    'The request did not reach the API correctly. Check the method, the path and the headers.',
    '請求未正確送達 API。請檢查請求方法、路徑與請求頭。',
  ],
  session: [
    'Too many WebSocket connections or requests for this account. Reuse connections and slow down.',
    '此帳戶的 WebSocket 連線或請求過多。請重複使用連線並降低頻率。',
  ],
  restarting: [
    'The service is restarting. Open a new connection and try again in a moment.',
    '服務正在重啟。請稍後建立新連線再試。',
  ],
  duplicate: [
    'The same request or ID was already sent. Use a new ID, or check whether the first one went through.',
    '相同的請求或 ID 已發送過。請使用新的 ID，或確認第一次請求是否已生效。',
  ],
  processing: [
    'A similar request is still being processed. Wait until it finishes, then try again.',
    '相關請求仍在處理中。請待處理完成後再試。',
  ],
  banned: [
    'Your account is restricted for this. Contact Bybit’s support to find out why.',
    '您的帳戶在此操作上受到限制。請聯繫 Bybit 客服瞭解原因。',
  ],
  etp: [
    'Leveraged tokens (ETP) have their own limits. Check the token’s purchase limits and price range.',
    '槓桿代幣（ETP）有專門的限額。請查看該代幣的申購限額與價格範圍。',
  ],
  deviation: [
    'The price would move far from the market. Use a smaller size or a limit order.',
    '成交價格可能大幅偏離市價。請降低數量或改用限價單。',
  ],
  time: [
    'Check the time range: start before end, both given, and within the allowed span.',
    '請檢查時間範圍：開始時間早於結束時間、兩者皆有提供，且在允許的區間內。',
  ],
  query: ['The query could not be completed. Check its parameters and try again.', '查詢未能完成。請檢查參數後再試。'],
} as const satisfies Readonly<Record<string, Hint>>;
