/**
 * Guidance for the codes the futures products (USDⓈ-M, COIN-M, Portfolio Margin) share, by code and
 * name: one wording for the three. A code that means something else in one of them (-4087 is
 * REDUCE_ONLY_ORDER_PERMISSION on USDⓈ-M and PM, INVALID_PAIR on COIN-M; -5041 is BBO_ORDER_REJECT on
 * USDⓈ-M, TOO_MANY_REQUESTS_IN_QUEUE on PM) has one entry per meaning, or the product's own.
 *
 * House rules: packages/binance-options/curated/guidance.ts. zh glossary for futures, as Binance's own
 * Chinese words it: 交易对 a symbol, 合约 the futures product, 持仓 / 仓位 a position, 开仓 / 平仓
 * open / close, 只减仓 reduce-only, 仓位模式 margin type (全仓 cross / 逐仓 isolated), 持仓模式 position
 * mode (单向 / 双向), 持仓方向 position side, 杠杆 leverage, 保证金 margin, 强平 liquidation, 标记价格
 * mark price, 触发价格 stop price, 激活价格 activation price, 名义价值 notional, 多资产模式
 * Multi-Assets mode, 改单 modify an order, 条件单 a stop or take-profit order, 资金划转 a transfer.
 */
import { FINAL, RETRY, g } from '../src/curate/guidance.js';
import { e, type SharedEntry } from './entry.js';

const adminOnly = (en: string, zh: string) =>
  g(
    'validation',
    FINAL,
    'error',
    [en, 'This setting is managed by the exchange; contact support if you need it changed.'],
    [zh, '该设置由交易所管理，如需更改请联系客服。'],
  );
const optionsError = (
  en: string,
  zh: string,
  hintEn = 'Check the request and try again.',
  hintZh = '请检查请求后重试。',
) => g('validation', FINAL, 'error', [en, hintEn], [zh, hintZh]);

export const FUTURES: readonly SharedEntry[] = [
  // 10xx
  e(
    -1004,
    'DUPLICATE_IP',
    g(
      'account',
      FINAL,
      'info',
      ['IP already on the allow list', 'This IP address is already allowed for the API key.'],
      ['IP 已在白名单中', '该 IP 地址已在此 API 密钥的白名单中。'],
    ),
  ),
  e(
    -1005,
    'NO_SUCH_IP',
    g(
      'account',
      FINAL,
      'error',
      ['IP not on the allow list', 'Check the IP address: it is not on this API key’s allow list.'],
      ['IP 不在白名单中', '请检查 IP 地址：它不在此 API 密钥的白名单中。'],
    ),
  ),
  // Futures' -1008: the system is shedding load; reduce-only and close-position orders still pass.
  e(
    -1008,
    'Request Throttled',
    g(
      'rateLimit',
      RETRY,
      'warning',
      [
        'Exchange busy: request throttled',
        'Try again in a moment. Reduce-only and close-position orders are not throttled.',
      ],
      ['交易所繁忙，请求被限流', '请稍后重试。只减仓和平仓订单不受限流影响。'],
    ),
  ),
  e(
    -1010,
    'ERROR_MSG_RECEIVED',
    g(
      'order',
      FINAL,
      'error',
      ['Request rejected', 'Check the order and try again.'],
      ['请求被拒绝', '请检查订单后重试。'],
    ),
  ),
  e(
    -1011,
    'NON_WHITE_LIST',
    g(
      'auth',
      FINAL,
      'error',
      ['IP not allowed', 'This IP address cannot use this endpoint. Check the API key’s IP allow list.'],
      ['IP 不被允许', '此 IP 地址无法访问该接口，请检查 API 密钥的 IP 白名单。'],
    ),
  ),
  e(
    -1013,
    'INVALID_MESSAGE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid request', 'Check the request and try again.'],
      ['请求无效', '请检查请求后重试。'],
    ),
  ),
  e(
    -1023,
    'START_TIME_GREATER_THAN_END_TIME',
    g(
      'validation',
      FINAL,
      'error',
      ['Start time after end time', 'Choose a start time before the end time.'],
      ['开始时间晚于结束时间', '请让开始时间早于结束时间。'],
    ),
  ),
  e(
    -1099,
    'NOT_FOUND',
    g(
      'auth',
      FINAL,
      'error',
      ['Not found or not authorized', 'Check the endpoint, your API key and its permissions.'],
      ['未找到或未授权', '请检查接口地址、API 密钥及其权限。'],
    ),
  ),

  // 11xx
  e(
    -1108,
    'BAD_ASSET',
    g('validation', FINAL, 'error', ['Invalid asset', 'Check the asset name.'], ['资产无效', '请检查资产名称。']),
  ),
  e(
    -1109,
    'BAD_ACCOUNT',
    g(
      'account',
      FINAL,
      'error',
      ['Invalid account', 'Check the account this request is for.'],
      ['账户无效', '请检查此请求对应的账户。'],
    ),
  ),
  e(
    -1110,
    'BAD_INSTRUMENT_TYPE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid symbol type', 'Check the symbol type.'],
      ['交易对类型无效', '请检查交易对类型。'],
    ),
  ),
  e(
    -1113,
    'WITHDRAW_NOT_NEGATIVE',
    g(
      'validation',
      FINAL,
      'error',
      ['Withdrawal amount must be negative', 'Enter the withdrawal amount as a negative number.'],
      ['提现数量须为负数', '请将提现数量填写为负数。'],
    ),
  ),
  e(
    -1121,
    'BAD_SYMBOL',
    g('validation', FINAL, 'error', ['Invalid symbol', 'Check the symbol.'], ['交易对无效', '请检查交易对。']),
  ),
  e(
    -1122,
    'INVALID_SYMBOL_STATUS',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid symbol status', 'Use a status the API accepts, for example TRADING.'],
      ['交易对状态无效', '请使用接口接受的状态，例如 `TRADING`。'],
    ),
  ),
  e(
    -1126,
    'ASSET_NOT_SUPPORTED',
    g(
      'validation',
      FINAL,
      'error',
      ['Asset not supported', 'Choose an asset the exchange supports here.'],
      ['不支持该资产', '请选择此处支持的资产。'],
    ),
  ),
  e(
    -1136,
    'INVALID_NEW_ORDER_RESP_TYPE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid response type', 'Use ACK or RESULT for newOrderRespType.'],
      ['响应类型无效', '`newOrderRespType` 请使用 `ACK` 或 `RESULT`。'],
    ),
  ),

  // 20xx
  e(
    -2012,
    'CANCEL_ALL_FAIL',
    g(
      'order',
      RETRY,
      'error',
      ['Batch cancel failed', 'Refresh your open orders, then cancel the ones still open.'],
      ['批量撤单失败', '请刷新当前委托，再撤销仍未成交的订单。'],
    ),
  ),
  e(
    -2015,
    'REJECTED_MBX_KEY',
    g(
      'auth',
      FINAL,
      'error',
      [
        'API key, IP or permission not accepted',
        'Check the key, its IP allow list and its permissions for this action.',
      ],
      ['API 密钥、IP 或权限无效', '请检查密钥、IP 白名单及此操作所需的权限。'],
    ),
  ),
  e(
    -2017,
    'API_KEYS_LOCKED',
    g(
      'auth',
      FINAL,
      'error',
      ['API keys locked', 'The API keys of this account are locked. Contact support.'],
      ['API 密钥已锁定', '该账户的 API 密钥已被锁定，请联系客服。'],
    ),
  ),
  e(
    -2018,
    'BALANCE_NOT_SUFFICIENT',
    g(
      'funds',
      FINAL,
      'error',
      ['Insufficient balance', 'Add funds or reduce the order size.'],
      ['余额不足', '请充值或减少数量。'],
    ),
  ),
  e(
    -2019,
    'MARGIN_NOT_SUFFICIEN',
    g(
      'funds',
      FINAL,
      'error',
      ['Insufficient margin', 'Add margin, lower the leverage, or reduce the order size.'],
      ['保证金不足', '请追加保证金、降低杠杆或减少数量。'],
    ),
  ),
  e(
    -2020,
    'UNABLE_TO_FILL',
    g(
      'order',
      RETRY,
      'warning',
      ['Order could not be filled', 'There was not enough on the book to fill it. Try another price or size.'],
      ['订单无法成交', '盘口挂单不足以成交该订单，请调整价格或数量。'],
    ),
  ),
  e(
    -2021,
    'ORDER_WOULD_IMMEDIATELY_TRIGGER',
    g(
      'order',
      FINAL,
      'error',
      ['Order would trigger at once', 'The stop price is already reached. Set a stop price that triggers later.'],
      ['订单会立即触发', '当前价格已触及触发价格，请设置之后才会触发的触发价格。'],
    ),
  ),
  e(
    -2022,
    'REDUCE_ONLY_REJECT',
    g(
      'order',
      FINAL,
      'error',
      [
        'Reduce-only order rejected',
        'It conflicts with your open orders. Cancel the conflicting orders, then place it again.',
      ],
      ['只减仓订单被拒绝', '该订单与当前挂单冲突，请撤销冲突的挂单后重新下单。'],
    ),
  ),
  e(
    -2023,
    'USER_IN_LIQUIDATION',
    g(
      'position',
      FINAL,
      'error',
      ['Account in liquidation', 'Trading is limited until the liquidation ends.'],
      ['账户正在强平', '强平结束前交易受限。'],
    ),
  ),
  e(
    -2024,
    'POSITION_NOT_SUFFICIENT',
    g(
      'position',
      FINAL,
      'error',
      ['Position too small', 'The quantity is larger than your position. Reduce the quantity.'],
      ['持仓不足', '数量超过了当前持仓，请减少数量。'],
    ),
  ),
  e(
    -2025,
    'MAX_OPEN_ORDER_EXCEEDED',
    g(
      'order',
      FINAL,
      'error',
      ['Too many open orders', 'Cancel some open orders, then try again.'],
      ['挂单数已达上限', '请撤销部分挂单后重试。'],
    ),
  ),
  e(
    -2026,
    'REDUCE_ONLY_ORDER_TYPE_NOT_SUPPORTED',
    g(
      'order',
      FINAL,
      'error',
      ['Order type cannot be reduce-only', 'Turn off reduce-only, or choose another order type.'],
      ['该订单类型不支持只减仓', '请取消只减仓，或选择其他订单类型。'],
    ),
  ),
  e(
    -2027,
    'MAX_LEVERAGE_RATIO',
    g(
      'position',
      FINAL,
      'error',
      ['Position limit reached at this leverage', 'Lower the leverage or reduce the order size.'],
      ['已达当前杠杆下的持仓上限', '请降低杠杆或减少数量。'],
    ),
  ),
  e(
    -2028,
    'MIN_LEVERAGE_RATIO',
    g(
      'funds',
      FINAL,
      'error',
      [
        'Leverage too low for your margin',
        'Lowering the leverage would leave too little margin. Add margin or keep a higher leverage.',
      ],
      ['杠杆过低', '降低杠杆后保证金将不足，请追加保证金或保持较高的杠杆。'],
    ),
  ),

  // 40xx: filters and other issues
  e(
    -4000,
    'INVALID_ORDER_STATUS',
    g(
      'order',
      FINAL,
      'error',
      ['Invalid order status', 'The order is not in a status that allows this. Refresh your open orders.'],
      ['订单状态无效', '订单当前的状态不允许此操作，请刷新当前委托。'],
    ),
  ),
  e(
    -4001,
    'PRICE_LESS_THAN_ZERO',
    g('order', FINAL, 'error', ['Price below zero', 'Enter a positive price.'], ['价格小于零', '请输入大于零的价格。']),
  ),
  e(
    -4002,
    'PRICE_GREATER_THAN_MAX_PRICE',
    g('order', FINAL, 'error', ['Price above maximum', 'Enter a lower price.'], ['价格高于上限', '请输入更低的价格。']),
  ),
  e(
    -4003,
    'QTY_LESS_THAN_ZERO',
    g(
      'order',
      FINAL,
      'error',
      ['Quantity below zero', 'Enter a positive quantity.'],
      ['数量小于零', '请输入大于零的数量。'],
    ),
  ),
  e(
    -4004,
    'QTY_LESS_THAN_MIN_QTY',
    g('order', FINAL, 'error', ['Quantity below minimum', 'Increase the quantity.'], ['数量低于下限', '请增加数量。']),
  ),
  e(
    -4005,
    'QTY_GREATER_THAN_MAX_QTY',
    g('order', FINAL, 'error', ['Quantity above maximum', 'Reduce the quantity.'], ['数量高于上限', '请减少数量。']),
  ),
  e(
    -4006,
    'STOP_PRICE_LESS_THAN_ZERO',
    g(
      'order',
      FINAL,
      'error',
      ['Stop price below zero', 'Enter a positive stop price.'],
      ['触发价格小于零', '请输入大于零的触发价格。'],
    ),
  ),
  e(
    -4007,
    'STOP_PRICE_GREATER_THAN_MAX_PRICE',
    g(
      'order',
      FINAL,
      'error',
      ['Stop price above maximum', 'Enter a lower stop price.'],
      ['触发价格高于上限', '请输入更低的触发价格。'],
    ),
  ),
  e(-4008, 'TICK_SIZE_LESS_THAN_ZERO', adminOnly('Tick size below zero', '最小价格变动单位小于零')),
  e(-4009, 'MAX_PRICE_LESS_THAN_MIN_PRICE', adminOnly('Maximum price below minimum price', '最高价格低于最低价格')),
  e(-4010, 'MAX_QTY_LESS_THAN_MIN_QTY', adminOnly('Maximum quantity below minimum quantity', '最大数量低于最小数量')),
  e(-4011, 'STEP_SIZE_LESS_THAN_ZERO', adminOnly('Step size below zero', '数量步长小于零')),
  e(-4012, 'MAX_NUM_ORDERS_LESS_THAN_ZERO', adminOnly('Order limit below zero', '最大订单数小于零')),
  e(
    -4013,
    'PRICE_LESS_THAN_MIN_PRICE',
    g(
      'order',
      FINAL,
      'error',
      ['Price below minimum', 'Enter a higher price.'],
      ['价格低于下限', '请输入更高的价格。'],
    ),
  ),
  e(
    -4014,
    'PRICE_NOT_INCREASED_BY_TICK_SIZE',
    g(
      'order',
      FINAL,
      'error',
      ['Price does not match tick size', 'Round the price to the symbol’s tick size.'],
      ['价格不符合最小价格变动单位', '请按交易对的最小价格变动单位调整价格。'],
    ),
  ),
  e(
    -4015,
    'INVALID_CL_ORD_ID_LEN',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid client order ID', 'Use a client order ID of at most 36 characters.'],
      ['自定义订单号无效', '自定义订单号最多 36 个字符。'],
    ),
  ),
  e(
    -4016,
    'PRICE_HIGHTER_THAN_MULTIPLIER_UP',
    g(
      'order',
      FINAL,
      'error',
      ['Price too far above the mark price', 'Enter a price closer to the mark price.'],
      ['价格高出标记价格过多', '请输入更接近标记价格的价格。'],
    ),
  ),
  e(-4017, 'MULTIPLIER_UP_LESS_THAN_ZERO', adminOnly('Price cap multiplier below zero', '价格上限乘数小于零')),
  e(-4018, 'MULTIPLIER_DOWN_LESS_THAN_ZERO', adminOnly('Price floor multiplier below zero', '价格下限乘数小于零')),
  e(-4019, 'COMPOSITE_SCALE_OVERFLOW', adminOnly('Composite scale too large', '复合精度过大')),
  e(
    -4020,
    'TARGET_STRATEGY_INVALID',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid target strategy', 'The target strategy does not fit this order type and reduce-only setting.'],
      ['目标策略无效', '目标策略与该订单类型及只减仓设置不符。'],
    ),
  ),
  e(
    -4021,
    'INVALID_DEPTH_LIMIT',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid depth limit', 'Use one of the depth limits the API lists (5, 10, 20, 50, 100, 500 or 1000).'],
      ['深度档位无效', '请使用接口列出的深度档位（5、10、20、50、100、500 或 1000）。'],
    ),
  ),
  e(
    -4022,
    'WRONG_MARKET_STATUS',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid market status', 'Check the market status sent.'],
      ['市场状态无效', '请检查发送的市场状态。'],
    ),
  ),
  e(
    -4023,
    'QTY_NOT_INCREASED_BY_STEP_SIZE',
    g(
      'order',
      FINAL,
      'error',
      ['Quantity does not match step size', 'Round the quantity to the symbol’s step size.'],
      ['数量不符合数量步长', '请按交易对的数量步长调整数量。'],
    ),
  ),
  e(
    -4024,
    'PRICE_LOWER_THAN_MULTIPLIER_DOWN',
    g(
      'order',
      FINAL,
      'error',
      ['Price too far below the mark price', 'Enter a price closer to the mark price.'],
      ['价格低于标记价格过多', '请输入更接近标记价格的价格。'],
    ),
  ),
  e(-4025, 'MULTIPLIER_DECIMAL_LESS_THAN_ZERO', adminOnly('Multiplier decimals below zero', '乘数小数位数小于零')),
  e(-4026, 'COMMISSION_INVALID', adminOnly('Invalid commission', '手续费无效')),
  e(
    -4027,
    'INVALID_ACCOUNT_TYPE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid account type', 'Check the account type.'],
      ['账户类型无效', '请检查账户类型。'],
    ),
  ),
  e(
    -4028,
    'INVALID_LEVERAGE',
    g(
      'position',
      FINAL,
      'error',
      ['Invalid leverage', 'Choose a leverage the symbol allows.'],
      ['杠杆倍数无效', '请选择该交易对允许的杠杆倍数。'],
    ),
  ),
  e(
    -4029,
    'INVALID_TICK_SIZE_PRECISION',
    g(
      'order',
      FINAL,
      'error',
      ['Too many decimals in the price', 'Round the price to the symbol’s tick size.'],
      ['价格小数位数过多', '请按交易对的最小价格变动单位调整价格。'],
    ),
  ),
  e(
    -4030,
    'INVALID_STEP_SIZE_PRECISION',
    g(
      'order',
      FINAL,
      'error',
      ['Too many decimals in the quantity', 'Round the quantity to the symbol’s step size.'],
      ['数量小数位数过多', '请按交易对的数量步长调整数量。'],
    ),
  ),
  e(
    -4031,
    'INVALID_WORKING_TYPE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid working type', 'Use MARK_PRICE or CONTRACT_PRICE.'],
      ['触发价格类型无效', '请使用 `MARK_PRICE` 或 `CONTRACT_PRICE`。'],
    ),
  ),
  e(
    -4032,
    'EXCEED_MAX_CANCEL_ORDER_SIZE',
    g(
      'order',
      FINAL,
      'error',
      ['Too many orders to cancel at once', 'Cancel fewer orders per request.'],
      ['一次撤销的订单过多', '请减少每次请求撤销的订单数量。'],
    ),
  ),
  e(-4033, 'INSURANCE_ACCOUNT_NOT_FOUND', adminOnly('Insurance fund account not found', '未找到风险保障基金账户')),
  e(
    -4044,
    'INVALID_BALANCE_TYPE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid balance type', 'Check the balance type.'],
      ['余额类型无效', '请检查余额类型。'],
    ),
  ),
  e(
    -4045,
    'MAX_STOP_ORDER_EXCEEDED',
    g(
      'order',
      FINAL,
      'error',
      ['Too many stop orders', 'Cancel some open stop orders, then try again.'],
      ['条件单数已达上限', '请撤销部分条件单后重试。'],
    ),
  ),
  e(
    -4046,
    'NO_NEED_TO_CHANGE_MARGIN_TYPE',
    g(
      'account',
      FINAL,
      'info',
      ['Margin type already set', 'The symbol already uses this margin type.'],
      ['仓位模式无需变更', '该交易对已在使用此仓位模式。'],
    ),
  ),
  e(
    -4047,
    'THERE_EXISTS_OPEN_ORDERS',
    g(
      'account',
      FINAL,
      'error',
      ['Open orders exist', 'Cancel the symbol’s open orders before changing the margin type.'],
      ['存在挂单', '请先撤销该交易对的挂单，再切换仓位模式。'],
    ),
  ),
  e(
    -4048,
    'THERE_EXISTS_QUANTITY',
    g(
      'position',
      FINAL,
      'error',
      ['Open position exists', 'Close the symbol’s position before changing the margin type.'],
      ['存在持仓', '请先平掉该交易对的持仓，再切换仓位模式。'],
    ),
  ),
  e(
    -4049,
    'ADD_ISOLATED_MARGIN_REJECT',
    g(
      'position',
      FINAL,
      'error',
      [
        'Margin can only be added to isolated positions',
        'Switch the symbol to isolated margin to add margin to its position.',
      ],
      ['只有逐仓仓位可以追加保证金', '如需为该仓位追加保证金，请将交易对切换为逐仓。'],
    ),
  ),
  e(
    -4050,
    'CROSS_BALANCE_INSUFFICIENT',
    g(
      'funds',
      FINAL,
      'error',
      ['Insufficient cross margin balance', 'Add funds or reduce the order size.'],
      ['全仓余额不足', '请充值或减少数量。'],
    ),
  ),
  e(
    -4051,
    'ISOLATED_BALANCE_INSUFFICIENT',
    g(
      'funds',
      FINAL,
      'error',
      ['Insufficient isolated margin balance', 'Add margin to the position or reduce the order size.'],
      ['逐仓余额不足', '请为该仓位追加保证金或减少数量。'],
    ),
  ),
  e(
    -4052,
    'NO_NEED_TO_CHANGE_AUTO_ADD_MARGIN',
    g(
      'position',
      FINAL,
      'info',
      ['Auto-add margin already set', 'The position already uses this setting.'],
      ['自动追加保证金无需变更', '该仓位已在使用此设置。'],
    ),
  ),
  e(
    -4053,
    'AUTO_ADD_CROSSED_MARGIN_REJECT',
    g(
      'position',
      FINAL,
      'error',
      ['Auto-add margin is for isolated positions', 'Switch the symbol to isolated margin to use auto-add margin.'],
      ['自动追加保证金仅适用于逐仓', '如需使用自动追加保证金，请将交易对切换为逐仓。'],
    ),
  ),
  e(
    -4054,
    'ADD_ISOLATED_MARGIN_NO_POSITION_REJECT',
    g(
      'position',
      FINAL,
      'error',
      ['No position to add margin to', 'Open a position before adding margin to it.'],
      ['没有可追加保证金的持仓', '请先开仓，再追加保证金。'],
    ),
  ),
  e(
    -4055,
    'AMOUNT_MUST_BE_POSITIVE',
    g(
      'validation',
      FINAL,
      'error',
      ['Amount must be positive', 'Enter an amount above zero.'],
      ['金额必须为正数', '请输入大于零的金额。'],
    ),
  ),
  e(
    -4056,
    'INVALID_API_KEY_TYPE',
    g(
      'auth',
      FINAL,
      'error',
      ['Invalid API key type', 'Check the type of the API key.'],
      ['API 密钥类型无效', '请检查 API 密钥的类型。'],
    ),
  ),
  e(
    -4057,
    'INVALID_RSA_PUBLIC_KEY',
    g(
      'auth',
      FINAL,
      'error',
      ['Invalid API public key', 'Check the public key registered for the API key.'],
      ['API 公钥无效', '请检查为该 API 密钥登记的公钥。'],
    ),
  ),
  e(-4058, 'MAX_PRICE_TOO_LARGE', adminOnly('Maximum price too large', '最高价格过大')),
  e(
    -4059,
    'NO_NEED_TO_CHANGE_POSITION_SIDE',
    g(
      'account',
      FINAL,
      'info',
      ['Position mode already set', 'The account already uses this position mode.'],
      ['持仓模式无需变更', '账户已在使用此持仓模式。'],
    ),
  ),
  e(
    -4060,
    'INVALID_POSITION_SIDE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid position side', 'Use BOTH in one-way mode, or LONG or SHORT in hedge mode.'],
      ['持仓方向无效', '单向持仓模式请使用 `BOTH`，双向持仓模式请使用 `LONG` 或 `SHORT`。'],
    ),
  ),
  e(
    -4061,
    'POSITION_SIDE_NOT_MATCH',
    g(
      'validation',
      FINAL,
      'error',
      ['Position side does not match your position mode', 'Use BOTH in one-way mode, or LONG or SHORT in hedge mode.'],
      ['持仓方向与持仓模式不符', '单向持仓模式请使用 `BOTH`，双向持仓模式请使用 `LONG` 或 `SHORT`。'],
    ),
  ),
  e(
    -4062,
    'REDUCE_ONLY_CONFLICT',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid reduce-only setting', 'In hedge mode, leave reduce-only out; otherwise check its value.'],
      ['只减仓设置无效', '双向持仓模式下请不要传只减仓参数；其他情况请检查其取值。'],
    ),
  ),
  e(-4063, 'INVALID_OPTIONS_REQUEST_TYPE', optionsError('Invalid options request type', '期权请求类型无效')),
  e(-4064, 'INVALID_OPTIONS_TIME_FRAME', optionsError('Invalid options time frame', '期权时间范围无效')),
  e(-4065, 'INVALID_OPTIONS_AMOUNT', optionsError('Invalid options amount', '期权数量无效')),
  e(-4066, 'INVALID_OPTIONS_EVENT_TYPE', optionsError('Invalid options event type', '期权事件类型无效')),
  e(
    -4067,
    'POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS',
    g(
      'account',
      FINAL,
      'error',
      ['Open orders exist', 'Cancel all open orders before changing the position mode.'],
      ['存在挂单', '请先撤销所有挂单，再切换持仓模式。'],
    ),
  ),
  e(
    -4068,
    'POSITION_SIDE_CHANGE_EXISTS_QUANTITY',
    g(
      'position',
      FINAL,
      'error',
      ['Open positions exist', 'Close all positions before changing the position mode.'],
      ['存在持仓', '请先平掉所有持仓，再切换持仓模式。'],
    ),
  ),
  e(-4069, 'INVALID_OPTIONS_PREMIUM_FEE', optionsError('Invalid options premium', '期权费无效')),
  e(
    -4070,
    'INVALID_CL_OPTIONS_ID_LEN',
    optionsError(
      'Invalid client options ID',
      '自定义期权 ID 无效',
      'Use a client options ID of fewer than 32 characters.',
      '自定义期权 ID 须少于 32 个字符。',
    ),
  ),
  e(-4071, 'INVALID_OPTIONS_DIRECTION', optionsError('Invalid options direction', '期权方向无效')),
  e(
    -4072,
    'OPTIONS_PREMIUM_NOT_UPDATE',
    optionsError(
      'Options premium not updated',
      '期权费未更新',
      'Try again once the premium is updated.',
      '请在期权费更新后重试。',
    ),
  ),
  e(
    -4073,
    'OPTIONS_PREMIUM_INPUT_LESS_THAN_ZERO',
    optionsError('Options premium below zero', '期权费小于零', 'Enter a premium above zero.', '请输入大于零的期权费。'),
  ),
  e(
    -4074,
    'OPTIONS_AMOUNT_BIGGER_THAN_UPPER',
    optionsError(
      'Options amount out of range',
      '期权数量超出范围',
      'Enter an amount above zero and within the limit.',
      '请输入大于零且不超过上限的数量。',
    ),
  ),
  e(-4075, 'OPTIONS_PREMIUM_OUTPUT_ZERO', optionsError('Options premium below zero', '期权费小于零')),
  e(
    -4076,
    'OPTIONS_PREMIUM_TOO_DIFF',
    optionsError(
      'Options premium changed too much',
      '期权费变化过大',
      'Refresh the premium and try again.',
      '请刷新期权费后重试。',
    ),
  ),
  e(
    -4077,
    'OPTIONS_PREMIUM_REACH_LIMIT',
    optionsError('Options order limit reached', '期权下单数量已达上限', 'Reduce the amount.', '请减少数量。'),
  ),
  e(
    -4078,
    'OPTIONS_COMMON_ERROR',
    g(
      'internal',
      RETRY,
      'error',
      ['Options service error', 'Try again. If it keeps happening, contact support.'],
      ['期权服务内部错误', '请重试。如问题持续，请联系客服。'],
    ),
  ),
  e(
    -4079,
    'INVALID_OPTIONS_ID',
    optionsError('Invalid options ID', '期权 ID 无效', 'Check the options ID.', '请检查期权 ID。'),
  ),
  e(
    -4080,
    'OPTIONS_USER_NOT_FOUND',
    optionsError('User not found', '未找到用户', 'Check the user ID.', '请检查用户 ID。'),
  ),
  e(
    -4081,
    'OPTIONS_NOT_FOUND',
    optionsError('Options not found', '未找到期权', 'Check the options ID.', '请检查期权 ID。'),
  ),
  e(
    -4082,
    'INVALID_BATCH_PLACE_ORDER_SIZE',
    g(
      'order',
      FINAL,
      'error',
      ['Invalid number of batch orders', 'Send at most 5 orders per batch.'],
      ['批量订单数量无效', '每批最多发送 5 笔订单。'],
    ),
  ),
  e(
    -4083,
    'PLACE_BATCH_ORDERS_FAIL',
    g(
      'order',
      RETRY,
      'error',
      ['Batch order failed', 'Refresh your open orders before sending the batch again.'],
      ['批量下单失败', '再次发送前，请先刷新当前委托。'],
    ),
  ),
  e(
    -4084,
    'UPCOMING_METHOD',
    g(
      'validation',
      FINAL,
      'info',
      ['Not available yet', 'This method is not allowed yet.'],
      ['暂不可用', '该方法暂未开放。'],
    ),
  ),
  e(-4085, 'INVALID_NOTIONAL_LIMIT_COEF', adminOnly('Invalid notional limit coefficient', '名义价值限制系数无效')),
  e(-4086, 'INVALID_PRICE_SPREAD_THRESHOLD', adminOnly('Invalid price spread threshold', '价差阈值无效')),
  e(
    -4087,
    'REDUCE_ONLY_ORDER_PERMISSION',
    g(
      'account',
      FINAL,
      'error',
      ['Reduce-only orders only', 'Your account can only place reduce-only orders right now.'],
      ['仅可下只减仓订单', '您的账户当前只能下只减仓订单。'],
    ),
  ),
  e(
    -4088,
    'NO_PLACE_ORDER_PERMISSION',
    g(
      'account',
      FINAL,
      'error',
      ['Ordering not allowed', 'Your account cannot place orders right now. Contact support if this persists.'],
      ['当前不能下单', '您的账户当前无法下单。如持续出现，请联系客服。'],
    ),
  ),
  e(
    -4104,
    'INVALID_CONTRACT_TYPE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid contract type', 'Check the contract type, for example PERPETUAL.'],
      ['合约类型无效', '请检查合约类型，例如 `PERPETUAL`。'],
    ),
  ),
  e(
    -4105,
    'SYMBOL_REDUCE_ONLY',
    g(
      'position',
      FINAL,
      'error',
      [
        'Reduce-only on this symbol',
        'The symbol is under position risk control: only reduce-only orders are accepted.',
      ],
      ['该交易对仅可只减仓', '该交易对处于持仓风控中，只接受只减仓订单。'],
    ),
  ),
  e(
    -4106,
    'SYMBOL_REDUCE_ONLY_BUY',
    g(
      'position',
      FINAL,
      'error',
      ['Buy orders must be reduce-only', 'The symbol is under position risk control: buy orders must be reduce-only.'],
      ['买单须为只减仓', '该交易对处于持仓风控中，买单必须设为只减仓。'],
    ),
  ),
  e(
    -4107,
    'SYMBOL_REDUCE_ONLY_SELL',
    g(
      'position',
      FINAL,
      'error',
      [
        'Sell orders must be reduce-only',
        'The symbol is under position risk control: sell orders must be reduce-only.',
      ],
      ['卖单须为只减仓', '该交易对处于持仓风控中，卖单必须设为只减仓。'],
    ),
  ),
  e(
    -4109,
    'INACTIVE_ACCOUNT',
    g(
      'account',
      FINAL,
      'error',
      ['Account inactive', 'Transfer any amount of an asset to your futures account to reactivate it.'],
      ['账户未激活', '向合约账户转入任意数量的资产即可重新激活。'],
    ),
  ),
  e(
    -4114,
    'INVALID_CLIENT_TRAN_ID_LEN',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid client transfer ID', 'Use a client transfer ID of fewer than 64 characters.'],
      ['自定义划转 ID 无效', '自定义划转 ID 须少于 64 个字符。'],
    ),
  ),
  e(
    -4115,
    'DUPLICATED_CLIENT_TRAN_ID',
    g(
      'validation',
      FINAL,
      'error',
      ['Duplicate client transfer ID', 'Use a client transfer ID not used in the last 7 days.'],
      ['自定义划转 ID 重复', '请使用 7 天内未使用过的自定义划转 ID。'],
    ),
  ),
  e(
    -4116,
    'DUPLICATED_CLIENT_ORDER_ID',
    g(
      'order',
      FINAL,
      'error',
      ['Duplicate client order ID', 'Use a new client order ID.'],
      ['自定义订单号重复', '请使用新的自定义订单号。'],
    ),
  ),
  e(
    -4117,
    'STOP_ORDER_TRIGGERING',
    g(
      'order',
      RETRY,
      'warning',
      ['Stop order is triggering', 'The order is being triggered. Wait a moment, then refresh it.'],
      ['条件单正在触发', '该订单正在触发中，请稍后刷新。'],
    ),
  ),
  e(
    -4118,
    'REDUCE_ONLY_MARGIN_CHECK_FAILED',
    g(
      'order',
      FINAL,
      'error',
      ['Reduce-only order failed margin check', 'Cancel the same-side open orders, then try again.'],
      ['只减仓订单保证金检查未通过', '请撤销同方向的挂单后重试。'],
    ),
  ),
  e(
    -4120,
    'STOP_ORDER_SWITCH_ALGO',
    g(
      'validation',
      FINAL,
      'error',
      ['Use the algo order endpoints', 'Stop and take-profit orders go through the Algo Order API now.'],
      ['请使用算法订单接口', '止损和止盈订单现需改用算法订单接口下单。'],
    ),
  ),
  e(
    -4131,
    'MARKET_ORDER_REJECT',
    g(
      'order',
      RETRY,
      'warning',
      [
        'Best price outside the price limit',
        'The book’s best price is outside the PERCENT_PRICE limit. Try again later or use a limit order.',
      ],
      ['最优价格超出价格限制', '盘口最优价格超出 `PERCENT_PRICE` 限制，请稍后重试或改用限价单。'],
    ),
  ),
  e(
    -4135,
    'INVALID_ACTIVATION_PRICE',
    g(
      'order',
      FINAL,
      'error',
      ['Invalid activation price', 'Check the activation price of the trailing stop.'],
      ['激活价格无效', '请检查跟踪止损单的激活价格。'],
    ),
  ),
  e(
    -4137,
    'QUANTITY_EXISTS_WITH_CLOSE_POSITION',
    g(
      'validation',
      FINAL,
      'error',
      ['Quantity not allowed with close position', 'Leave the quantity out when closePosition is true.'],
      ['平仓时不能填写数量', '`closePosition` 为 `true` 时请不要填写数量。'],
    ),
  ),
  e(
    -4138,
    'REDUCE_ONLY_MUST_BE_TRUE',
    g(
      'validation',
      FINAL,
      'error',
      ['Reduce-only required with close position', 'Set reduce-only when closePosition is true.'],
      ['平仓时须设为只减仓', '`closePosition` 为 `true` 时必须设为只减仓。'],
    ),
  ),
  e(
    -4139,
    'ORDER_TYPE_CANNOT_BE_MKT',
    g(
      'validation',
      FINAL,
      'error',
      [
        'Market order not allowed here',
        'This order cannot be cancelled, so it cannot be a market order. Choose another type.',
      ],
      ['此处不能使用市价单', '该订单无法撤销，因此不能是市价单，请选择其他订单类型。'],
    ),
  ),
  e(
    -4140,
    'INVALID_OPENING_POSITION_STATUS',
    g(
      'order',
      FINAL,
      'error',
      ['Opening positions not allowed now', 'The symbol does not accept orders that open positions right now.'],
      ['当前不可开仓', '该交易对当前不接受开仓订单。'],
    ),
  ),
  e(
    -4141,
    'SYMBOL_ALREADY_CLOSED',
    g(
      'order',
      FINAL,
      'error',
      ['Symbol delisted', 'This symbol is closed and no longer trades.'],
      ['交易对已下架', '该交易对已下架，不再交易。'],
    ),
  ),
  e(
    -4142,
    'STRATEGY_INVALID_TRIGGER_PRICE',
    g(
      'order',
      FINAL,
      'error',
      ['Would trigger at once', 'The take-profit or stop price is already reached. Set one that triggers later.'],
      ['会立即触发', '当前价格已触及止盈或止损价格，请设置之后才会触发的价格。'],
    ),
  ),
  e(
    -4144,
    'INVALID_PAIR',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid pair', 'Check the pair, for example BTCUSD.'],
      ['币对无效', '请检查币对，例如 BTCUSD。'],
    ),
  ),
  e(
    -4161,
    'ISOLATED_LEVERAGE_REJECT_WITH_POSITION',
    g(
      'position',
      FINAL,
      'error',
      [
        'Cannot lower leverage on an open isolated position',
        'Close or reduce the position first, or keep the leverage.',
      ],
      ['逐仓持仓时无法降低杠杆', '请先平仓或减仓，或保持当前杠杆。'],
    ),
  ),
  e(
    -4164,
    'MIN_NOTIONAL',
    g(
      'order',
      FINAL,
      'error',
      [
        'Order value too small',
        'Increase the quantity so the order’s notional reaches the minimum, or make it reduce-only.',
      ],
      ['订单名义价值过小', '请增加数量使名义价值达到下限，或将订单设为只减仓。'],
    ),
  ),
  e(
    -4165,
    'INVALID_TIME_INTERVAL',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid time interval', 'Choose a shorter time range.'],
      ['时间间隔无效', '请缩短时间范围。'],
    ),
  ),
  e(
    -4167,
    'ISOLATED_REJECT_WITH_JOINT_MARGIN',
    g(
      'account',
      FINAL,
      'error',
      [
        'Isolated positions block Multi-Assets mode',
        'Switch every symbol to cross margin before turning on Multi-Assets mode.',
      ],
      ['逐仓持仓无法切换多资产模式', '请先将所有交易对切换为全仓，再开启多资产模式。'],
    ),
  ),
  e(
    -4168,
    'JOINT_MARGIN_REJECT_WITH_ISOLATED',
    g(
      'account',
      FINAL,
      'error',
      ['Isolated margin not available in Multi-Assets mode', 'Turn off Multi-Assets mode to use isolated margin.'],
      ['多资产模式下无法使用逐仓', '如需使用逐仓，请先关闭多资产模式。'],
    ),
  ),
  e(
    -4169,
    'JOINT_MARGIN_REJECT_WITH_MB',
    g(
      'funds',
      FINAL,
      'error',
      ['Not enough margin to change Multi-Assets mode', 'Add margin, then try again.'],
      ['保证金不足，无法切换多资产模式', '请追加保证金后重试。'],
    ),
  ),
  e(
    -4170,
    'JOINT_MARGIN_REJECT_WITH_OPEN_ORDER',
    g(
      'account',
      FINAL,
      'error',
      ['Open orders block changing Multi-Assets mode', 'Cancel your open orders, then try again.'],
      ['存在挂单，无法切换多资产模式', '请撤销挂单后重试。'],
    ),
  ),
  e(
    -4171,
    'NO_NEED_TO_CHANGE_JOINT_MARGIN',
    g(
      'account',
      FINAL,
      'info',
      ['Asset mode already set', 'The account already uses this asset mode.'],
      ['资产模式无需变更', '账户已在使用此资产模式。'],
    ),
  ),
  e(
    -4172,
    'JOINT_MARGIN_REJECT_WITH_NEGATIVE_BALANCE',
    g(
      'funds',
      FINAL,
      'error',
      ['Negative balance blocks changing Multi-Assets mode', 'Settle the negative wallet balance first.'],
      ['存在负余额，无法切换多资产模式', '请先补足为负的钱包余额。'],
    ),
  ),
  e(
    -4183,
    'PRICE_HIGHTER_THAN_STOP_MULTIPLIER_UP',
    g(
      'order',
      FINAL,
      'error',
      ['Limit price too far above the stop price', 'Set a limit price closer to the stop price.'],
      ['限价高出触发价格过多', '请将限价设置得更接近触发价格。'],
    ),
  ),
  e(
    -4184,
    'PRICE_LOWER_THAN_STOP_MULTIPLIER_DOWN',
    g(
      'order',
      FINAL,
      'error',
      ['Limit price too far below the stop price', 'Set a limit price closer to the stop price.'],
      ['限价低于触发价格过多', '请将限价设置得更接近触发价格。'],
    ),
  ),
  e(
    -4188,
    'ME_INVALID_TIMESTAMP',
    g(
      'timestamp',
      RETRY,
      'warning',
      [
        'Request arrived too late',
        'It reached the matching engine outside its receive window. Check your clock and connection, then try again.',
      ],
      ['请求到达过晚', '请求到达撮合引擎时已超出接收窗口。请检查设备时间和网络后重试。'],
    ),
  ),
  e(
    -4189,
    'ACCOUNT_REDUCE_ONLY',
    g(
      'account',
      FINAL,
      'error',
      ['Reduce-only orders only', 'Your account’s permissions allow only reduce-only orders on this symbol.'],
      ['仅可下只减仓订单', '您的账户权限受限，在该交易对上只能下只减仓订单。'],
    ),
  ),
  e(
    -4192,
    'COOLING_OFF_PERIOD',
    g(
      'account',
      FINAL,
      'error',
      ['Cooling-off period', 'Opening positions is paused during your cooling-off period.'],
      ['处于冷静期', '冷静期内无法开仓。'],
    ),
  ),
  e(
    -4202,
    'ADJUST_LEVERAGE_KYC_FAILED',
    g(
      'account',
      FINAL,
      'error',
      [
        'Verification needed for this leverage',
        'Complete intermediate identity verification to use more than 20x leverage.',
      ],
      ['此杠杆需要身份认证', '完成中级身份认证后才能使用 20 倍以上杠杆。'],
    ),
  ),
  e(
    -4203,
    'ADJUST_LEVERAGE_ONE_MONTH_FAILED',
    g(
      'account',
      FINAL,
      'error',
      ['Leverage not yet available', 'More than 20x leverage is available one month after registration.'],
      ['暂不可使用此杠杆', '注册满一个月后才能使用 20 倍以上杠杆。'],
    ),
  ),
  e(
    -4205,
    'ADJUST_LEVERAGE_X_DAYS_FAILED',
    g(
      'account',
      FINAL,
      'error',
      [
        'Leverage not yet available',
        'More than 20x leverage becomes available some days after the futures account was opened.',
      ],
      ['暂不可使用此杠杆', '合约账户开通一段时间后才能使用 20 倍以上杠杆。'],
    ),
  ),
  e(
    -4206,
    'ADJUST_LEVERAGE_KYC_LIMIT',
    g(
      'account',
      FINAL,
      'error',
      ['Leverage limited in your region', 'Choose a leverage within the limit for your country or region.'],
      ['您所在地区的杠杆受限', '请在您所在国家或地区的上限内选择杠杆。'],
    ),
  ),
  e(
    -4208,
    'ADJUST_LEVERAGE_ACCOUNT_SYMBOL_FAILED',
    g(
      'account',
      FINAL,
      'error',
      [
        'Leverage capped at 20x',
        'With the position limit adjustment service on, this symbol’s leverage cannot exceed 20x.',
      ],
      ['杠杆上限为 20 倍', '开启仓位放大服务后，该交易对的杠杆不能超过 20 倍。'],
    ),
  ),
  e(
    -4209,
    'ADJUST_LEVERAGE_SYMBOL_FAILED',
    g(
      'position',
      FINAL,
      'error',
      ['Leverage above the symbol’s maximum', 'Choose a leverage at or below the symbol’s maximum.'],
      ['杠杆超过交易对上限', '请选择不超过该交易对上限的杠杆。'],
    ),
  ),
  e(
    -4210,
    'STOP_PRICE_HIGHER_THAN_PRICE_MULTIPLIER_LIMIT',
    g(
      'order',
      FINAL,
      'error',
      ['Stop price too high', 'Set a lower stop price.'],
      ['触发价格过高', '请设置更低的触发价格。'],
    ),
  ),
  e(
    -4211,
    'STOP_PRICE_LOWER_THAN_PRICE_MULTIPLIER_LIMIT',
    g(
      'order',
      FINAL,
      'error',
      ['Stop price too low', 'Set a higher stop price.'],
      ['触发价格过低', '请设置更高的触发价格。'],
    ),
  ),
  e(
    -4198,
    'EXCEED_MAX_MODIFY_ORDER_LIMIT',
    g(
      'order',
      FINAL,
      'error',
      ['Too many modifications', 'This order was modified too often. Cancel it and place a new one.'],
      ['改单次数已达上限', '该订单修改次数过多，请撤单后重新下单。'],
    ),
  ),
  e(
    -4220,
    'CANNOT_CHANGE_DUAL_SIDE',
    g(
      'account',
      FINAL,
      'error',
      [
        'Position modes must match',
        'COIN-M and USDⓈ-M must use the same position mode (one-way or hedge). Change both together.',
      ],
      ['持仓模式须保持一致', '币本位合约与 U本位合约须使用相同的持仓模式（单向或双向），请同时修改。'],
    ),
  ),
  e(
    -4400,
    'TRADING_QUANTITATIVE_RULE',
    g(
      'account',
      RETRY,
      'error',
      [
        'Reduce-only for now: trading rules',
        'Your account broke the futures quantitative trading rules and can only reduce positions for a while. Try again later.',
      ],
      ['暂时仅可减仓：违反交易规则', '您的账户违反了合约量化交易规则，暂时只能减仓，请稍后再试。'],
    ),
  ),
  e(
    -4401,
    'LARGE_POSITION_SYM_RULE',
    g(
      'position',
      FINAL,
      'error',
      [
        'Reduce-only: large position',
        'Your position is above the risk control limit for large positions. Only reduce-only orders are accepted: reduce the position.',
      ],
      ['仅可减仓：持仓过大', '您的持仓超出大额持仓风控限制，只接受只减仓订单，请减少持仓。'],
    ),
  ),
  e(
    -4402,
    'COMPLIANCE_BLACK_SYMBOL_RESTRICTION',
    g(
      'account',
      FINAL,
      'error',
      ['Not available in your region', 'This feature is not offered in your country or region.'],
      ['您所在地区不可用', '您所在的国家或地区不提供此功能。'],
    ),
  ),
  e(
    -4403,
    'ADJUST_LEVERAGE_COMPLIANCE_FAILED',
    g(
      'account',
      FINAL,
      'error',
      ['Leverage limited in your region', 'Choose a leverage within the limit for your region.'],
      ['您所在地区的杠杆受限', '请在您所在地区的上限内选择杠杆。'],
    ),
  ),

  // 50xx: order execution
  e(
    -5021,
    'FOK_ORDER_REJECT',
    g(
      'order',
      RETRY,
      'warning',
      [
        'Fill-or-kill order not filled',
        'There was not enough liquidity to fill it at once. It is not in your order history. Try another price or size.',
      ],
      ['全部成交或撤销（FOK）订单未成交', '当前流动性不足以立即全部成交，该订单不会记入历史订单。请调整价格或数量。'],
    ),
  ),
  e(
    -5022,
    'GTX_ORDER_REJECT',
    g(
      'order',
      RETRY,
      'warning',
      [
        'Post-only order would have taken liquidity',
        'It is not in your order history. Choose a price that rests on the book.',
      ],
      ['只做 Maker 订单会立即成交', '该订单不会记入历史订单。请选择不会立即成交的价格。'],
    ),
  ),
  e(
    -5024,
    'MOVE_ORDER_NOT_ALLOWED_SYMBOL_REASON',
    g(
      'order',
      FINAL,
      'error',
      ['Cannot modify orders now', 'The symbol is not trading, so orders cannot be modified.'],
      ['当前无法改单', '该交易对不在交易状态，无法改单。'],
    ),
  ),
  e(
    -5025,
    'LIMIT_ORDER_ONLY',
    g(
      'order',
      FINAL,
      'error',
      ['Only limit orders can be modified', 'To change another order type, cancel it and place a new one.'],
      ['仅限价单可以改单', '其他类型的订单请撤单后重新下单。'],
    ),
  ),
  e(
    -5026,
    'Exceed_Maximum_Modify_Order_Limit',
    g(
      'order',
      FINAL,
      'error',
      ['Too many modifications', 'This order was modified too often. Cancel it and place a new one.'],
      ['改单次数已达上限', '该订单修改次数过多，请撤单后重新下单。'],
    ),
  ),
  e(
    -5027,
    'SAME_ORDER',
    g(
      'order',
      FINAL,
      'info',
      ['Nothing to change', 'The new values are the same as the order’s.'],
      ['无需改单', '修改后的内容与原订单相同。'],
    ),
  ),
  e(
    -5028,
    'ME_RECVWINDOW_REJECT',
    g(
      'timestamp',
      RETRY,
      'warning',
      [
        'Request arrived too late',
        'It reached the matching engine outside its receive window. Check your clock and connection, then try again.',
      ],
      ['请求到达过晚', '请求到达撮合引擎时已超出接收窗口。请检查设备时间和网络后重试。'],
    ),
  ),
  e(
    -5029,
    'MODIFICATION_MIN_NOTIONAL',
    g(
      'order',
      FINAL,
      'error',
      [
        'Order value too small',
        'After the change, the order’s notional would be below the minimum. Increase the quantity or price.',
      ],
      ['订单名义价值过小', '修改后订单的名义价值将低于下限，请提高数量或价格。'],
    ),
  ),
  e(
    -5037,
    'INVALID_PRICE_MATCH',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid price match', 'Choose a price match mode the API accepts.'],
      ['价格匹配方式无效', '请选择接口接受的价格匹配方式。'],
    ),
  ),
  e(
    -5038,
    'UNSUPPORTED_ORDER_TYPE_PRICE_MATCH',
    g(
      'validation',
      FINAL,
      'error',
      ['Price match not available for this order type', 'Price match works with LIMIT, STOP and TAKE_PROFIT orders.'],
      ['该订单类型不支持价格匹配', '价格匹配仅支持 `LIMIT`、`STOP` 和 `TAKE_PROFIT` 订单。'],
    ),
  ),
  e(
    -5039,
    'INVALID_SELF_TRADE_PREVENTION_MODE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid self-trade prevention mode', 'Choose a self-trade prevention mode the API accepts.'],
      ['防自成交模式无效', '请选择接口接受的防自成交模式。'],
    ),
  ),
  e(
    -5040,
    'FUTURE_GOOD_TILL_DATE',
    g(
      'validation',
      FINAL,
      'error',
      ['Invalid good-till date', 'Set the good-till date more than 10 minutes from now.'],
      ['有效截止时间无效', '请将有效截止时间设为当前时间 10 分钟之后。'],
    ),
  ),
  e(
    -5041,
    'BBO_ORDER_REJECT',
    g(
      'order',
      RETRY,
      'warning',
      ['No price to match', 'The book has no depth for this best-price order. Try again later or set a price.'],
      ['没有可匹配的价格', '盘口没有可供该对手价订单匹配的深度，请稍后重试或设置价格。'],
    ),
  ),
  e(
    -5043,
    'Existing_Pending_Modification',
    g(
      'order',
      RETRY,
      'warning',
      ['Modification already pending', 'Wait for the pending modification to finish, then try again.'],
      ['已有改单在处理中', '请等待当前改单处理完成后重试。'],
    ),
  ),
];
