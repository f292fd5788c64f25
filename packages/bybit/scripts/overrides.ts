/**
 * The one reviewed table of everything the generator (@exchange-errors/catalog-generator, whose
 * src/curate/overrides.ts defines the entries) cannot read off Bybit's two v5 documents by itself:
 * section ids, the keys of codes with several messages and the names of values; fixes of Bybit's
 * English (a row that runs on into the next, values written as `xxxx` or as a sample number) and of its
 * Traditional Chinese (a typo, Simplified characters on the Traditional page, a lost value); our
 * Traditional Chinese where the zh-TW page keeps the English; the phrases OpenCC converts wrongly to
 * Simplified, and the Simplified texts that need a fix of their own. Every entry says why; the
 * generator fails on an entry that no longer matches the documents.
 */
import {
  kept,
  oursForEnglish,
  oursForMissing,
  type CodeOverride,
  type PhraseFix,
} from '@exchange-errors/catalog-generator/curate';

export const SECTION_IDS: Readonly<Record<string, string>> = {
  'http-code': 'http',
  'ws-oe-general-code': 'wsOrderEntry',
  'crypto-loan-new': 'cryptoLoan',
  'exchange-broker': 'broker',
  reward: 'brokerReward',
  'set-api-rate-limit': 'apiRateLimit',
};

// Where OpenCC's phrase data (the tw2sp configuration) gets these texts wrong. Each entry is checked
// against OpenCC's output of the phrase and against every text it changes.
export const PHRASE_FIXES: readonly PhraseFix[] = [
  {
    hant: '帳戶',
    opencc: '帐户',
    hans: '账户',
    reason: 'OpenCC maps 帳 to 帐 in every phrase; a money account is 账户 in mainland usage (帐户 is an old variant).',
  },
  {
    hant: '查詢',
    opencc: '查找',
    hans: '查询',
    reason: 'OpenCC reads 查詢 as the Taiwan word for "search" (查找); here it is a query of records, 查询.',
  },
  {
    hant: '執行',
    opencc: '运行',
    hans: '执行',
    reason: 'OpenCC reads 執行 as running a program (运行); here an operation or a quote is carried out, 执行.',
  },
  {
    hant: '啟用',
    opencc: '激活',
    hans: '启用',
    reason: 'OpenCC turns 啟用 into 激活 (activating software); enabling a feature or mode is 启用.',
  },
  {
    hant: '開啟',
    opencc: '打开',
    hans: '开启',
    reason: 'OpenCC turns 開啟 into 打开 (opening a thing); switching a feature on (抵押, 借贷, 对冲) is 开启.',
  },
  {
    hant: '紀錄',
    opencc: '纪录',
    hans: '记录',
    reason: 'OpenCC keeps 纪录 (a record set, as in sports); records of loans and history are 记录.',
  },
  {
    hant: '小數位',
    opencc: '小数字',
    hans: '小数位',
    reason: 'OpenCC reads 數位 in 小數位 as the Taiwan word for digital (数字); decimal places are 小数位.',
  },
  {
    hant: '自訂',
    opencc: '自订',
    hans: '自定义',
    reason:
      'OpenCC keeps 自訂, the Taiwan word for custom; mainland usage writes 自定义 (a custom order ID: 自定义订单 ID).',
  },
  {
    hant: '於單',
    opencc: '於单',
    hans: '于单',
    reason: 'OpenCC keeps 於 in 於單, a historical name (於 as a surname); here 於 is the preposition before 單次.',
  },
];

const english = (template: string) => ({ zh: oursForEnglish(template) });
const missing = (template: string) => ({ zh: oursForMissing(template) });
const broken = (source: string, template: string, reason: string) => ({
  zh: { ours: true as const, template, replaces: { broken: source }, reason },
});
/** Ours instead of Bybit's Chinese, which says something else than the English (a developer's note, another message). */
const instead = (source: string, template: string, reason: string) => ({
  zh: { ours: true as const, template, replaces: { binance: source }, reason },
});
const fixed = (source: string, template: string, reason: string) => ({
  zh: { expectedSource: source, template, reason },
});
const keep = (source: string, reason: string) => ({ zh: kept(source, reason) });

const SIMPLIFIED =
  'Fixed: the Traditional page writes Simplified characters here; the same text in Traditional characters.';
const VALUE_LOST = "Ours: Bybit's Chinese drops the value the English carries.";
const NOTE = "Ours: Bybit's Chinese is a developer's note about the cause, not the message the English gives.";
const OTHER = "Ours: Bybit's Chinese says something else than the English message.";
const SPLIT_ROW = "The row lists the server's alternative messages separated by ' / ': one variant each.";

export const OVERRIDES: Readonly<Record<number, CodeOverride>> = {
  // HTTP Code, WS OE General code
  [429]: {
    reason: "HTTP 429 (the HTTP Code section) and retCode 429 (UTA's trading service under load) are two meanings.",
    variants: ['systemProtection', 'highLoad'],
  },
  [10404]: { reason: 'Two numbered messages.', variants: ['opNotFound', 'badCategory'] },
  [10003]: {
    reason: 'Too many WebSocket sessions (WS order entry), or an invalid API key (UTA): two meanings.',
    variants: ['tooManySessions', 'invalidApiKey'],
  },
  [10016]: {
    reason: "WS order entry's two numbered messages, and UTA's server error.",
    variants: ['internalError', 'restarting', 'serverError'],
  },
  [20003]: { reason: 'The zh page keeps the English.', byVariant: { default: english('同一個會話內的請求過於頻繁') } },

  // UTA
  [0]: { reason: 'retCode 0 is success ("OK"), never an error.', omit: true },
  [-1]: { reason: 'The zh page lacks the code.', byVariant: { default: missing('請求已過期：o@0，now[] diff[]') } },
  [-2015]: {
    reason: 'The zh page gives the English with a Chinese word in front ((現貨)) and an untranslated tail.',
    byVariant: { default: english('（現貨）您的 API 金鑰已過期') },
  },
  [33004]: {
    reason: 'The zh page gives the English with Chinese in front ((衍生品)) and at the end; read as one Chinese text.',
    byVariant: {
      default: instead(
        '(衍生品) Your api key has expired API key已經過期',
        '（衍生品）您的 API 金鑰已過期',
        'Ours: the zh cell is the English message with Chinese words around it.',
      ),
    },
  },
  [10004]: {
    reason: 'A typo on the zh page.',
    byVariant: {
      default: fixed(
        '錯誤簽名，請檢查簽名生成算灋。',
        '錯誤簽名，請檢查簽名生成算法。',
        'Fixed: 算灋 is an archaic form of 算法 (algorithm).',
      ),
    },
  },
  [30035]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('期權：撤單過於頻繁，請稍後再試') },
  },
  [30209]: {
    reason: "The zh page's Chinese says the opposite of the English.",
    byVariant: {
      default: fixed(
        '提交訂單失敗，訂單價格高於最高賣出價',
        '提交訂單失敗，訂單價格低於最低賣出價',
        'Fixed: the English says lower than the minimum selling price; the Chinese said higher than the maximum.',
      ),
    },
  },
  [30256]: {
    reason: 'The zh page keeps the English (with 現貨 for Spot).',
    byVariant: {
      default: english('超出保證金限額：此訂單所需的維持保證金超過目前 LTV 限制下可用的風險保證金（現貨）'),
    },
  },
  [40004]: {
    reason: "The zh page's Chinese says another thing (the order is final) than the English.",
    byVariant: {
      default: instead('訂單已經到達終態, 無法修改', '訂單在改單過程中已被修改，請重新查詢訂單狀態', OTHER),
    },
  },
  [110005]: {
    reason: "The zh page's Chinese lacks the word for error.",
    byVariant: {
      default: fixed(
        '倉位狀態',
        '倉位狀態錯誤',
        'Fixed: the Chinese stops at "position status"; the English says it is an error.',
      ),
    },
  },
  [110009]: {
    reason: 'The zh page translates stop orders word for word and adds a sentence the English does not have.',
    byVariant: {
      default: fixed(
        '停止訂單的數量超過了允許的最大限制。 您可以從我們的OpenAPI檔案中找到參攷。',
        '條件單的數量超過了允許的最大限制。',
        'Fixed: stop orders are 條件單 (停止訂單 is a word-for-word rendering); the second sentence points to a document the message does not name.',
      ),
    },
  },
  [110013]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('由於風險限制級別，無法設定杠杆。', '由於風險限額等級，無法設定槓桿。', SIMPLIFIED) },
  },
  [110023]: {
    reason: 'Simplified characters.',
    byVariant: {
      default: fixed(
        '現時你只能减少你在這份合約上的頭寸。 請查看我們的公告或聯系客服瞭解詳情。',
        '現時你只能減少你在這份合約上的頭寸。請查看我們的公告或聯繫客服瞭解詳情。',
        SIMPLIFIED,
      ),
    },
  },
  [110024]: {
    reason: 'A word-for-word rendering.',
    byVariant: {
      default: fixed(
        '您有一個持倉，因此無法切換位置模式。',
        '您有一個持倉，因此無法切換倉位模式。',
        'Fixed: position mode is 倉位模式 (as 110025 and 110028 write it), not 位置模式 (a place).',
      ),
    },
  },
  [110029]: {
    reason: 'A word-for-word rendering.',
    byVariant: {
      default: fixed(
        '此符號不支持對沖模式。',
        '此交易對不支持對沖模式。',
        'Fixed: a trading symbol is 交易對; 符號 is a written sign.',
      ),
    },
  },
  [110036]: {
    reason: 'A word-for-word rendering, and Simplified characters.',
    byVariant: {
      default: fixed(
        '由於交叉保證金模式，您不允許更改杠杆。',
        '由於全倉保證金模式，您不允許更改槓桿。',
        'Fixed: cross margin is 全倉 (交叉 is a literal rendering); 杠杆 in Traditional characters.',
      ),
    },
  },
  [110038]: {
    reason: 'Another word for portfolio margin than the rest of the page, and Simplified characters.',
    byVariant: {
      default: fixed(
        '由於投資組合保證金模式，您不允許更改杠杆率。',
        '由於組合保證金模式，您不允許更改槓桿率。',
        "Fixed: portfolio margin is 組合保證金 everywhere else on Bybit's page; 杠杆 in Traditional characters.",
      ),
    },
  },
  [110042]: {
    reason: 'Simplified characters.',
    byVariant: {
      default: fixed(
        '現時，由於預交割狀態，您只能减少您在本合約中的頭寸。',
        '現時，由於預交割狀態，您只能減少您在本合約中的頭寸。',
        SIMPLIFIED,
      ),
    },
  },
  [110043]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('設定杠杆尚未修改。', '槓桿設定尚未修改。', SIMPLIFIED) },
  },
  [110049]: {
    reason: 'The zh cell `tick note只能是數位` is split after two Latin words, so its Chinese lost the subject.',
    byVariant: {
      default: fixed(
        '只能是數位',
        'tick note 只能是數字',
        'Fixed: the subject (tick note) back in front; 數位 (digital) is 數字 (a number) here.',
      ),
    },
  },
  [110054]: {
    reason: 'A word-for-word rendering of take profit.',
    byVariant: {
      default: fixed(
        '此倉位至少有一個獲利連結訂單，因此無法切換獲利和止損模式',
        '此倉位至少有一個止盈關聯訂單，因此無法切換止盈止損模式',
        'Fixed: take profit is 止盈 (獲利 is profit made); a link order is 關聯訂單.',
      ),
    },
  },
  [110055]: {
    reason: 'A word-for-word rendering of take profit.',
    byVariant: {
      default: fixed(
        '此倉位至少有一個止損連結訂單，因此無法切換獲利和止損模式',
        '此倉位至少有一個止損關聯訂單，因此無法切換止盈止損模式',
        'Fixed: take profit is 止盈; a link order is 關聯訂單.',
      ),
    },
  },
  [110056]: {
    reason: 'A word-for-word rendering of take profit.',
    byVariant: {
      default: fixed(
        '此倉位至少有一個尾隨止損連結訂單，因此無法切換獲利和止損模式',
        '此倉位至少有一個追蹤止損關聯訂單，因此無法切換止盈止損模式',
        'Fixed: take profit is 止盈; a trailing stop is 追蹤止損; a link order is 關聯訂單.',
      ),
    },
  },
  [110058]: {
    reason: 'A word-for-word rendering of take profit.',
    byVariant: {
      default: fixed(
        '由於剩餘倉位大小不足，您無法設定獲利和止損。',
        '由於剩餘倉位數量不足，您無法設定止盈止損。',
        'Fixed: take profit and stop loss are 止盈止損.',
      ),
    },
  },
  [110059]: {
    reason: 'A word-for-word rendering of partially filled.',
    byVariant: {
      default: fixed(
        '不允許修改部分填寫的未結訂單的TP/SL',
        '不允許修改部分成交的未結訂單的TP/SL',
        'Fixed: a partially filled order is 部分成交 (填寫 is filling in a form).',
      ),
    },
  },
  [110062]: {
    reason: 'A Simplified character.',
    byVariant: { default: fixed('未找到該機构的MMP資訊。', '未找到該機構的MMP資訊。', SIMPLIFIED) },
  },
  [110063]: { reason: 'The symbol that is settling.', byVariant: { default: { params: ['symbol'] } } },
  [110064]: {
    reason: 'A Simplified character and the word for a contract.',
    byVariant: {
      default: fixed(
        '修改後的契约數量不能小於或等於成交的數量。',
        '修改後的合約數量不能小於或等於成交的數量。',
        'Fixed: a contract is 合約 here (契約 is a legal deed), and 约 is Simplified.',
      ),
    },
  },
  [110068]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('不允許杠杆交易。', '不允許槓桿交易。', SIMPLIFIED) },
  },
  [110080]: {
    reason: 'Simplified characters in the note in brackets.',
    byVariant: {
      default: fixed(
        '目前機構借貸帳戶的LTV達到強平閾值 (交易/杠杆/风险限额等操作)',
        '目前機構借貸帳戶的LTV達到強平閾值（交易/槓桿/風險限額等操作）',
        SIMPLIFIED,
      ),
    },
  },
  [110090]: {
    reason: 'The leverage to set, which the Chinese drops.',
    byVariant: {
      default: broken(
        '超過了當前風險限額等級支持的最大槓桿',
        '您的倉位可能超過上限，下單失敗。請將槓桿調整至 {{leverage}} 或以下，以提高最大持倉上限',
        VALUE_LOST,
      ),
    },
  },
  [110092]: {
    reason: 'The trigger price and the current price, written [XXXXX] on the page.',
    byVariant: {
      default: {
        params: ['triggerPrice', 'currentPrice'],
        en: {
          expectedSource: 'expect Rising, but trigger_price[XXXXX] <= current[XXXXX]??laste',
          template: 'expect Rising, but trigger_price[%s] <= current[%s]??laste',
          reason: 'The two prices are values the server fills in (the page writes XXXXX).',
        },
        ...fixed(
          '期望趨勢上行觸發, 但是觸發價格小於當前的市場價格',
          '期望價格上漲時觸發，但觸發價格 {{triggerPrice}} 小於或等於當前價格 {{currentPrice}}',
          "Fixed: Bybit's Chinese, with the two prices the English carries.",
        ),
      },
    },
  },
  [110093]: {
    reason: 'The trigger price and the current price, written [XXXXX] on the page.',
    byVariant: {
      default: {
        params: ['triggerPrice', 'currentPrice'],
        en: {
          expectedSource: 'expect Falling, but trigger_price[XXXXX] >= current[XXXXX]??last',
          template: 'expect Falling, but trigger_price[%s] >= current[%s]??last',
          reason: 'The two prices are values the server fills in (the page writes XXXXX).',
        },
        ...fixed(
          '期望趨勢下行觸發, 但是觸發價格大於當前的市場價格',
          '期望價格下跌時觸發，但觸發價格 {{triggerPrice}} 大於或等於當前價格 {{currentPrice}}',
          "Fixed: Bybit's Chinese, with the two prices the English carries.",
        ),
      },
    },
  },
  [110094]: {
    reason: "The zh page's Chinese is garbled.",
    byVariant: {
      default: fixed(
        '訂單最小下單金額小於名義價值金額',
        '訂單名義價值低於下限',
        'Fixed: the Chinese compared two amounts the English does not; the notional value is below the lower limit.',
      ),
    },
  },
  [110095]: {
    reason: "The zh page's Chinese explains the call auction instead of giving the message.",
    byVariant: {
      default: instead(
        '集合競價每個階段都有不同訂單操作要求',
        '集合競價期間無法建立、修改或取消盤前永續合約訂單。',
        NOTE,
      ),
    },
  },
  [110103]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('現階段僅支援只掛單（Post-Only）訂單') },
  },
  [110108]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('允許範圍：1 至 10000 個最小價格變動單位') },
  },
  [110109]: { reason: 'The zh page keeps the English.', byVariant: { default: english('允許範圍：0.01% 至 10%') } },
  [110119]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('下單失敗。RPI 訂單僅限經核准的做市商使用') },
  },
  [110120]: {
    reason: 'The price limit, written xxxx on the page.',
    byVariant: {
      default: {
        params: ['price'],
        en: {
          expectedSource: 'Order price cannot be smaller than xxxx, the price limitation',
          template: 'Order price cannot be smaller than %s, the price limitation',
          reason: 'The limit is a value the server fills in (the page writes xxxx).',
        },
        ...english('訂單價格不能低於 {{price}}（價格限制）'),
      },
    },
  },
  [110121]: {
    reason: 'The price limit, written xxxx on the page.',
    byVariant: {
      default: {
        params: ['price'],
        en: {
          expectedSource: 'Order price cannot be higher than xxxx, the price limitation',
          template: 'Order price cannot be higher than %s, the price limitation',
          reason: 'The limit is a value the server fills in (the page writes xxxx).',
        },
        ...english('訂單價格不能高於 {{price}}（價格限制）'),
      },
    },
  },
  [110123]: { reason: 'The zh page keeps the English.', byVariant: { default: english('您必須同意交易條款') } },
  [110125]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('交易此合約前，您必須同意交易條款') },
  },
  [110131]: {
    reason: 'The zh page keeps the English (with 合約 for Perps).',
    byVariant: {
      default: english('超出保證金限額：此訂單所需的維持保證金超過目前 LTV 限制下可用的風險保證金（永續合約）'),
    },
  },
  [110132]: {
    reason: "The zh page's Chinese names the rules of two regions instead of giving the message.",
    byVariant: {
      default: instead('韓國kyc/kyb無法交易韓股合約, 英國kyb帳戶僅能交易合規合約', '您所在的地區無法使用此產品', NOTE),
    },
  },
  [110135]: {
    reason: 'The zh page keeps the English.',
    byVariant: {
      default: english('您目前持有事件合約倉位。組合保證金（PM）模式下不支援下單及改單，請先平倉相關倉位再繼續。'),
    },
  },
  [110136]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('事件合約目前僅開放白名單帳戶通過 OpenAPI 交易，您的帳戶目前沒有所需的權限。') },
  },
  [110137]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('此事件合約已進入結算前的只減倉時段，暫停新訂單及改單。') },
  },
  [170346]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('settleCoin不是抵押品, 无法交易', 'settleCoin不是抵押品，無法交易', SIMPLIFIED) },
  },
  [170360]: {
    reason: 'The symbol, written XXXX on the page.',
    byVariant: {
      default: {
        params: ['symbol'],
        en: {
          expectedSource:
            'symbol[XXXX] cannot trade. Used for spread trading in particular when collateral is not turned on',
          template: 'symbol[%s] cannot trade. Used for spread trading in particular when collateral is not turned on',
          reason: 'The symbol is a value the server fills in (the page writes XXXX).',
        },
        ...fixed(
          '價差交易需要幣種打開抵押品',
          '{{symbol}} 無法交易：價差交易需要幣種打開抵押品',
          "Fixed: Bybit's Chinese, with the symbol the English names.",
        ),
      },
    },
  },
  [3200320]: {
    reason: 'Simplified characters in the note in brackets.',
    byVariant: {
      default: fixed(
        '目前機構借貸帳戶的LTV達到強平閾值 (修改保证金模式或者现货杠杆时)',
        '目前機構借貸帳戶的LTV達到強平閾值（修改保證金模式或者現貨槓桿時）',
        SIMPLIFIED,
      ),
    },
  },
  [182104]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('無法完成此操作：您的統一保證金帳戶 IM/MM 使用率已超過閾值') },
  },
  [182105]: { reason: 'The zh page keeps the English.', byVariant: { default: english('調整失敗，用戶正在升級中') } },
  [182106]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('調整失敗，用戶正在強制平倉中。') },
  },
  [182107]: { reason: 'The zh page keeps the English.', byVariant: { default: english('調整失敗，維持保證金率過高') } },
  [34040]: {
    reason: 'The zh page lacks the code.',
    byVariant: { default: missing('未修改。表示您已設定相同的止盈止損值，或未傳入必填參數') },
  },
  [500010]: { reason: 'The zh page lacks the code.', byVariant: { default: missing('指定的子帳戶不屬於此母帳戶') } },
  [500011]: {
    reason: 'The UID, written as a sample number on the page; the zh page lacks the code.',
    byVariant: {
      default: {
        params: ['uid'],
        en: {
          expectedSource: 'The Uid 592334 provided is not associated with a Unified Trading Account',
          template: 'The Uid %s provided is not associated with a Unified Trading Account',
          reason: 'The UID is a value the server fills in (the page shows a sample, 592334).',
        },
        ...missing('提供的 UID {{uid}} 未關聯統一交易帳戶'),
      },
    },
  },

  // Spot Trade
  [170001]: {
    reason: "The zh page's Chinese is a developer's note, with Simplified characters.",
    byVariant: { default: instead('openapi內部异常、及調用下游异常會拋出次异常', '內部錯誤。', NOTE) },
  },
  [170005]: {
    reason: 'The order limit and its interval, which the Chinese drops.',
    byVariant: {
      default: {
        params: ['limit', 'interval'],
        ...broken('限頻報錯', '新訂單過多；目前限制為每 {{interval}} {{limit}} 筆訂單。', VALUE_LOST),
      },
    },
  },
  [170007]: {
    reason: "The zh page's Chinese is a developer's note.",
    byVariant: { default: instead('調用下游超時', '等待後端伺服器回應超時。', NOTE) },
  },
  [170010]: {
    reason: 'The available limit, which the Chinese drops.',
    byVariant: {
      default: {
        params: ['limit'],
        ...broken(
          '杠杆代幣申購：超出持倉限額',
          '申購失敗：超出槓桿代幣的最大持倉限額，目前可用額度為 {{limit}} USDT',
          VALUE_LOST,
        ),
      },
    },
  },
  [170011]: {
    reason: "The en page's quoted text runs on into 170019's row; its second half is 170011's.",
    byVariant: {
      default: {
        params: ['limit'],
        en: {
          expectedSource: '"Purchase failed: Exceed the maximum position limit of innovation tokens,',
          template:
            'Purchase failed: Exceed the maximum position limit of innovation tokens, the current available limit is %s USDT',
          reason:
            "The message is one quoted string split over two rows (170011's, then 170019's: `the current available limit is ''{{.replaceKey0}}'' USDT\"`), its value a Go template's.",
        },
        ...instead(
          '下單失敗，當前下單金額已超過該幣種可用額度',
          '申購失敗：超出創新區代幣的最大持倉限額，目前可用額度為 {{limit}} USDT',
          "Ours: Bybit's Chinese drops the limit, which the English (joined from two rows) carries.",
        ),
      },
    },
  },
  [170019]: {
    reason: "The en row holds the second half of 170011's message; 170019 is a blacklisted user (the zh page).",
    byVariant: {
      default: {
        en: {
          expectedSource: "the current available limit is ''{{.replaceKey0}}'' USDT\"",
          template: 'Blacklisted user',
          reason:
            "Ours: the en page has no text of its own for 170019 (its row continues 170011's). The zh page names it 黑名單用戶 (a blacklisted user); this is that, in English.",
        },
        ...keep('黑名單用戶', "Bybit's Chinese is 170019's own message; only the English row was 170011's."),
      },
    },
  },
  [170032]: {
    reason: "The zh page's Chinese is a developer's note.",
    byVariant: { default: instead('下游熔斷錯誤碼', '網路錯誤，請稍後再試', NOTE) },
  },
  [170036]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('未開通全倉杠杆', '未開通全倉槓桿', SIMPLIFIED) },
  },
  [170105]: {
    reason: 'The parameter name, which the Chinese drops.',
    byVariant: { default: { params: ['param'], ...broken('參數為空', "參數 '{{param}}' 為空。", VALUE_LOST) } },
  },
  [170121]: {
    reason: "The zh page's Chinese is a developer's note.",
    byVariant: { default: instead('下游返回的無效幣對', '無效的交易對。', NOTE) },
  },
  [170130]: {
    reason: 'The parameter name, which the Chinese drops.',
    byVariant: { default: { params: ['param'], ...broken('無效入参', "參數 '{{param}}' 的值無效。", VALUE_LOST) } },
  },
  [170149]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('創建訂單失敗（下游發生未知异常）', '創建訂單失敗（下游發生未知異常）', SIMPLIFIED) },
  },
  [170150]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('取消訂單失敗（下游發生未知异常）', '取消訂單失敗（下游發生未知異常）', SIMPLIFIED) },
  },
  [170159]: {
    reason: 'The minutes, which the Chinese writes as five.',
    byVariant: {
      default: {
        params: ['minutes'],
        ...broken(
          '開盤前五分鐘不允許下普通市價單',
          '新上線交易對開盤後前 {{minutes}} 分鐘內，因風險控制不支援市價單。',
          VALUE_LOST,
        ),
      },
    },
  },
  [170191]: {
    reason: "The zh page's Chinese is cut short.",
    byVariant: { default: instead('取消訂單時訂單狀態', '無法取消訂單，請稍後再試', OTHER) },
  },
  [170192]: {
    reason: 'The price limit, which the Chinese drops.',
    byVariant: {
      default: { params: ['price'], ...broken('盤面風控（開盤後30分鐘）', '訂單價格不能高於 {{price}}。', VALUE_LOST) },
    },
  },
  [170193]: {
    reason: 'The price limit, which the Chinese drops.',
    byVariant: {
      default: {
        params: ['price'],
        ...broken('盤面風控限價單買入風控（開盤後前30分鐘）', '買單價格不能高於 {{price}}。', VALUE_LOST),
      },
    },
  },
  [170194]: {
    reason: 'The price limit, which the Chinese drops.',
    byVariant: {
      default: {
        params: ['price'],
        ...broken('盤面風控片價單賣出風控（開盤後前X分鐘）', '賣單價格不能低於 {{price}}。', VALUE_LOST),
      },
    },
  },
  [170217]: {
    reason: "The zh page's Chinese says another thing than the English.",
    byVariant: { default: instead('openapi禁止成交', '目前交易對僅支援 LIMIT-MAKER 訂單。', OTHER) },
  },
  [170219]: {
    reason: 'The UID, named xxx on the page; the zh page keeps the English.',
    byVariant: { default: { params: ['uid'], ...english('UID {{uid}} 無法使用此功能') } },
  },
  [170348]: {
    reason: 'The zh page lacks the code.',
    byVariant: { default: missing('請前往 https://www.bybit-tr.com 繼續操作。') },
  },
  [170358]: { reason: 'The zh page keeps the English.', byVariant: { default: english('目前站點不支援 ETP') } },
  [170359]: { reason: 'The zh page keeps the English.', byVariant: { default: english('目前站點不支援槓桿交易') } },
  [170371]: {
    reason: 'The price limit, an empty {} on the page; the Chinese drops it and is in Simplified characters.',
    byVariant: {
      default: {
        params: ['price'],
        ...broken('买单价格低于最低价格限制', '訂單價格不能低於 {{price}}（價格限制）', VALUE_LOST),
      },
    },
  },
  [170372]: {
    reason: 'The price limit, written as a sample 0 on the page; the Chinese is in Simplified characters.',
    byVariant: {
      default: {
        params: ['price'],
        en: {
          expectedSource: 'Order price cannot be higher than 0, the price limitation',
          template: 'Order price cannot be higher than %s, the price limitation',
          reason: 'The limit is a value the server fills in (the page shows a sample, 0; 170371 writes {}).',
        },
        ...instead('卖单价格高于最高价格限制', '訂單價格不能高於 {{price}}（價格限制）', VALUE_LOST),
      },
    },
  },

  // Spot Margin Trade
  [176009]: {
    reason: 'A Simplified character.',
    byVariant: {
      default: fixed(
        '借貸帳戶未打开全倉槓桿, 請先開啟全倉槓桿',
        '借貸帳戶未打開全倉槓桿，請先開啟全倉槓桿',
        SIMPLIFIED,
      ),
    },
  },
  [176013]: {
    reason: 'A typo on the zh page.',
    byVariant: {
      default: fixed('交易比對未開啟借貸', '交易幣對未開啟借貸', 'Fixed: 比對 (to compare) for 幣對 (a trading pair).'),
    },
  },
  [176025]: {
    reason: 'A typo on the zh page.',
    byVariant: {
      default: fixed(
        '借貸數量不能小於單詞最小借貸量',
        '借貸數量不能小於單次最小借貸量',
        'Fixed: 單詞 (a word) for 單次 (per transaction).',
      ),
    },
  },
  [176034]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('杠杆倍數超出範圍', '槓桿倍數超出範圍', SIMPLIFIED) },
  },
  [176035]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('清算中，關閉杠杆開關失敗', '清算中，關閉槓桿開關失敗', SIMPLIFIED) },
  },
  [176036]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('强平中，調整杠杆開關失敗', '強平中，調整槓桿開關失敗', SIMPLIFIED) },
  },
  [176038]: {
    reason: 'Simplified characters.',
    byVariant: {
      default: fixed('現貨杠杆為關閉狀態，不允許當前操作', '現貨槓桿為關閉狀態，不允許當前操作', SIMPLIFIED),
    },
  },
  [176040]: {
    reason: 'Simplified characters.',
    byVariant: {
      default: fixed('存在現貨杠杆訂單，調整杠杆開關失敗！', '存在現貨槓桿訂單，調整槓桿開關失敗！', SIMPLIFIED),
    },
  },

  // Asset
  [131002]: {
    reason: 'Two messages in the Asset section.',
    variants: ['parameterError', 'addressMismatch'],
    byVariant: {
      addressMismatch: instead(
        '需要檢查提幣地址是否添加到網頁端的地址簿中, 以及是否存在tag',
        '提幣地址的鏈或目標標籤（tag）不一致',
        "Ours: Bybit's Chinese tells what to check, not the message.",
      ),
    },
  },
  [131065]: {
    reason: 'The zh page keeps the English.',
    byVariant: {
      default: english('您的 KYC 資訊不完整，請前往網頁或 App 的 KYC 資訊頁面補全。印度 KYC 用戶可能遇到此情況'),
    },
  },
  [131067]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('旅行規則驗證失敗，請聯繫目標交易所。韓國用戶的旅行規則') },
  },
  [131068]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('旅行規則資訊不足，請補充詳細資訊。韓國用戶的旅行規則') },
  },
  [131069]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('無法提幣至該收款方，請聯繫目標交易所。韓國用戶的旅行規則') },
  },
  [131070]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('收款人姓名與目標交易所的紀錄不符。韓國用戶的旅行規則') },
  },
  [131071]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('收款人尚未完成 KYC 驗證。韓國用戶的旅行規則') },
  },
  [131072]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('目標交易所不支援您提幣的幣種。韓國用戶的旅行規則') },
  },
  [131073]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('您的提幣地址未在目標交易所登記。韓國用戶的旅行規則') },
  },
  [131074]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('需要提供受益人資訊，請參閱最新的 API 文件。韓國用戶的旅行規則') },
  },
  [131076]: {
    reason: "The zh page's English writes sub-accounts, the en page subaccounts.",
    byVariant: {
      default: keep(
        '內部提現不支持提幣到子帳戶',
        "Bybit's Chinese translates the same message; only the English spelling differs.",
      ),
    },
  },
  [131077]: {
    reason: 'A typo on the zh page.',
    byVariant: {
      default: fixed('接收方UID不再村', '接收方UID不存在', 'Fixed: 不再村 is a typo of 不存在 (does not exist).'),
    },
  },
  [131087]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('您目前帳戶的現貨風險等級過高，禁止提幣，請調整後再試') },
  },
  [131089]: {
    reason: 'A typo on the zh page.',
    byVariant: {
      default: fixed(
        '用戶24小時內進行過銘感操作，提現被禁',
        '用戶24小時內進行過敏感操作，提現被禁',
        'Fixed: 銘感 (gratitude) is a typo of 敏感 (sensitive).',
      ),
    },
  },
  [131216]: {
    reason: 'A Simplified character.',
    byVariant: { default: fixed('查詢余額錯誤', '查詢餘額錯誤', SIMPLIFIED) },
  },
  [140002]: {
    reason: 'Simplified characters (in a row struck through on both pages).',
    byVariant: { default: fixed('機構借貸帳戶不支持現貨对冲', '機構借貸帳戶不支持現貨對沖', SIMPLIFIED) },
  },
  [140004]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('操作受限：您機構借貸的當前 LTV 已觸及強平閾值，帳戶內的資產正在被強平。') },
  },
  [141019]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('如需新增或更新 IP 白名單，請前往 API 管理並選擇編輯') },
  },
  [141020]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('如需變更敏感操作的讀寫權限，請前往 API 管理並選擇編輯') },
  },
  [141025]: {
    reason: "The zh page's English writes sub-account, the en page subaccount.",
    byVariant: {
      default: keep(
        '該子帳戶存在資產, 無法刪除',
        "Bybit's Chinese translates the same message; only the English spelling differs.",
      ),
    },
  },
  [141027]: { reason: 'The zh page keeps the English.', byVariant: { default: english('子帳戶無法接受協議') } },
  [182200]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('请升级到统一账户', '請升級到統一帳戶', SIMPLIFIED) },
  },
  [182201]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('时间入参必须成对出现', '時間入參必須成對出現', SIMPLIFIED) },
  },
  [182202]: {
    reason: 'Simplified characters.',
    byVariant: { default: fixed('开始时间必须小于结束时间', '開始時間必須小於結束時間', SIMPLIFIED) },
  },
  [182203]: { reason: 'The zh page keeps the English.', byVariant: { default: english('請輸入有效的字元') } },
  [182204]: { reason: 'The zh page keeps the English.', byVariant: { default: english('幣種不存在') } },
  [182205]: {
    reason:
      'The zh cell `User level does not exist vip等级不存在` is split before 等級, so its Chinese lost VIP; Simplified characters.',
    byVariant: {
      default: fixed('等级不存在', 'VIP等級不存在', 'Fixed: VIP back in front; 级 in Traditional characters.'),
    },
  },
  [700000]: {
    reason: 'A missing parameter (Asset), or bad parameters (Convert Small Balances): two messages.',
    variants: ['missingParam', 'paramsError'],
    byVariant: { missingParam: english('accountType/quoteTxId 不能為空') },
  },
  [700001]: {
    reason:
      'No dealer for the quote (Asset, Convert Small Balances), or no such prediction market (Prediction): two meanings.',
    variants: ['noDealer', 'marketNotFound'],
    byVariant: { marketNotFound: english('預測市場不存在或已關閉') },
  },
  [700002]: {
    reason: 'An unsupported quote type (Convert Small Balances), or too little liquidity for a FOK order (Prediction).',
    variants: ['unsupportedQuoteType', 'lowLiquidity'],
    byVariant: {
      unsupportedQuoteType: keep(
        '報價失敗：不支持的報價類型',
        "Bybit's Chinese translates the same message; the zh page's English only adds a blank and a period.",
      ),
      lowLiquidity: english('流動性不足，無法成交 FOK 訂單'),
    },
  },
  [700003]: { reason: 'The zh page keeps the English.', byVariant: { default: english('預測引擎暫時無法使用') } },
  [700004]: {
    reason: 'The same message in two wordings (Asset, Convert Small Balances).',
    variants: ['asset', 'convert'],
  },
  [700007]: {
    reason: 'The same message in two cases (Asset, Convert Small Balances).',
    variants: ['asset', 'convert'],
  },
  [700010]: {
    reason: 'A loan user (Convert Small Balances), or too little USDC (Prediction): two meanings.',
    variants: ['loanUser', 'insufficientUsdc'],
    byVariant: { insufficientUsdc: english('USDC 餘額不足') },
  },
  [700011]: {
    reason: 'An illegal operation (Convert Small Balances), or too small a token position (Prediction): two meanings.',
    variants: ['illegalOperation', 'insufficientPosition'],
    byVariant: { insufficientPosition: english('代幣持倉不足') },
  },
  [700012]: {
    reason: 'The same situation in two wordings (Asset, Convert Small Balances).',
    variants: ['quote', 'convert'],
  },

  // Crypto Loan (New), Crypto Loan (legacy)
  [148029]: {
    reason: "The pairing flags that 176015 has the same Chinese; it is this message's.",
    byVariant: {
      default: keep(
        '還款帳戶餘額不足。',
        "Bybit's Chinese is this English word for word (176015's is the one that says more).",
      ),
    },
  },
  [177002]: { reason: 'The zh page keeps the English.', byVariant: { default: english('伺服器忙碌，請稍候再試') } },
  [177003]: { reason: 'The zh page keeps the English.', byVariant: { default: english('參數中含有非法字元') } },
  [177004]: { reason: 'The zh page keeps the English.', byVariant: { default: english('精度超過此資產允許的最大值') } },
  [177005]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訂單不存在') } },
  [177006]: { reason: 'The zh page keeps the English.', byVariant: { default: english('不支援此資產') } },
  [177007]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('您的借款金額超過最大可借金額') },
  },
  [177008]: { reason: 'The zh page keeps the English.', byVariant: { default: english('此資產已禁止借款') } },
  [177009]: { reason: 'The zh page keeps the English.', byVariant: { default: english('借款金額低於最低借款金額') } },
  [177010]: { reason: 'The zh page keeps the English.', byVariant: { default: english('還款金額超過借款金額') } },
  [177011]: { reason: 'The zh page keeps the English.', byVariant: { default: english('餘額不足') } },
  [177012]: { reason: 'The zh page keeps the English.', byVariant: { default: english('系統目前沒有足夠的資產') } },
  [177013]: { reason: 'The zh page keeps the English.', byVariant: { default: english('調整金額超過最低抵押金額') } },
  [177014]: { reason: 'The zh page keeps the English.', byVariant: { default: english('已達個人借款額度上限') } },
  [177015]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('抵押金額已達上限，請減少抵押金額或改用其他抵押品') },
  },
  [177016]: { reason: 'The zh page keeps the English.', byVariant: { default: english('最低抵押金額不足') } },
  [177017]: { reason: 'The zh page keeps the English.', byVariant: { default: english('此幣種無法作為抵押品') } },
  [177018]: { reason: 'The zh page keeps the English.', byVariant: { default: english('重複的請求') } },
  [177019]: { reason: 'The zh page keeps the English.', byVariant: { default: english('您輸入的參數無效') } },
  [177020]: { reason: 'The zh page keeps the English.', byVariant: { default: english('此帳戶不支援該資產') } },
  [177021]: { reason: 'The zh page keeps the English.', byVariant: { default: english('還款失敗') } },

  // Institutional Loan
  [3777006]: {
    reason: 'A stray closing quote on the en page; the zh page lists causes instead of the message.',
    byVariant: {
      default: {
        en: {
          expectedSource: 'UID cannot be bound, please try again with a different UID."',
          template: 'UID cannot be bound, please try again with a different UID.',
          reason: 'The closing quote has no opening one: a leftover of the docs source, not part of the message.',
        },
        ...instead(
          '導致的原因: 1. 請求接口的UID不是風險單元內的UID; 2. 請求接口的UID與被操作的UID不存在母子或子子關係',
          'UID 無法綁定，請改用其他 UID 再試。',
          NOTE,
        ),
      },
    },
  },
  [3777007]: {
    reason: 'A stray closing quote on the en page.',
    byVariant: {
      default: {
        en: {
          expectedSource: 'UID cannot be bound, please upgrade to UTA Pro."',
          template: 'UID cannot be bound, please upgrade to UTA Pro.',
          reason: 'The closing quote has no opening one: a leftover of the docs source, not part of the message.',
        },
      },
    },
  },

  // Exchange Broker, Reward
  [3500407]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('參數 begin 和 end 必須成對傳入。') },
  },
  [3500415]: { reason: 'The zh page keeps the English.', byVariant: { default: english('子帳戶不允許執行此操作。') } },
  [400001]: {
    reason: 'No such broker (Fiat Convert), or an invalid parameter (Reward): two meanings.',
    variants: ['brokerNotFound', 'invalidParameter'],
  },
  [404001]: { reason: 'The zh page keeps the English.', byVariant: { default: english('找不到資源') } },

  // Earn, Prediction
  [180001]: {
    reason: 'An invalid parameter in two wordings (Earn, Prediction).',
    variants: ['earn', 'prediction'],
    byVariant: { prediction: english('無效的請求參數') },
  },
  [180000]: { reason: 'The zh page keeps the English.', byVariant: { default: english('伺服器內部錯誤') } },
  [180002]: {
    reason: "The pairing flags 170221's Chinese (幣種不存在) here; an invalid coin is one that does not exist.",
    byVariant: { default: keep('幣種不存在', 'The same message in other words (an invalid coin: no such coin).') },
  },
  [180014]: {
    reason: "The zh page's English spells invalid right, the en page invlaid.",
    byVariant: {
      default: keep(
        '贖回份額大於持倉數量',
        "Bybit's Chinese says why the share is invalid (more than the position holds).",
      ),
    },
  },
  [180016]: {
    reason: "The pairing flags 170131's Chinese (餘額不足) here; the English says the same in other words.",
    byVariant: { default: keep('餘額不足', 'Balance not enough is an insufficient balance.') },
  },

  // Set API rate limit
  [3500153]: {
    reason: 'Two messages in one section.',
    variants: ['noPermissionToOperate', 'noPermissionToQuery'],
  },

  // Manual Loan
  [34022031]: {
    reason: "The zh page's Chinese is a developer's note.",
    byVariant: { default: instead('交易校驗不通過', '已超出風險率限制，請減少您在統一交易帳戶中的借款金額。', NOTE) },
  },
  [34022045]: {
    reason: "The pairing flags 176005's Chinese (借款失敗) here; the English says the same in other words.",
    byVariant: { default: keep('借款失敗', 'Borrowing unsuccessful is a failed borrowing.') },
  },
  [34022050]: {
    reason: "The zh page's Chinese is another message.",
    byVariant: {
      default: instead(
        '輸入幣種錯誤：“當前幣種不存在負債”',
        '還款失敗。您目前有現貨對沖負債，請先平倉衍生品倉位再還款。',
        OTHER,
      ),
    },
  },
  [34022053]: {
    reason: "The zh page's Chinese is a developer's note.",
    byVariant: { default: instead('黑名單攔截', '請聯繫銷售人員開通手動借貸功能。', NOTE) },
  },
  [34022094]: {
    reason: "The zh page's Chinese is garbled.",
    byVariant: { default: instead('這幣種不支持還有其他coin負債', '此幣種不支援通過兌幣還款。', OTHER) },
  },
  [34022107]: {
    reason: 'The liability threshold, which the Chinese drops.',
    byVariant: {
      default: {
        params: ['limit'],
        ...broken(
          '全部還款需兌幣負債超過門檻，無法使用全部還款',
          '使用此功能時，您的淨負債價值須低於 {{limit}} USD，否則請先通過現貨交易還款或入金。（全部幣種還款）',
          VALUE_LOST,
        ),
      },
    },
  },
  [34022108]: {
    reason: 'The liability threshold, which the Chinese drops.',
    byVariant: {
      default: {
        params: ['limit'],
        ...broken(
          '單幣種還款需兌幣負債超過門檻，無法使用單幣種還款',
          '使用此功能時，您的淨負債價值須低於 {{limit}} USD，否則請先通過現貨交易還款或入金。（單一幣種還款）',
          VALUE_LOST,
        ),
      },
    },
  },
  [131088]: { reason: 'The amount still available.', byVariant: { default: { params: ['amount'] } } },

  // Strategy: the zh page keeps the whole section in English.
  [60061]: {
    reason: SPLIT_ROW,
    split: [{ text: 'Strategy creation failed / webhook strategy name is empty', separator: ' / ', reason: SPLIT_ROW }],
    variants: ['creationFailed', 'webhookNameEmpty'],
    byVariant: { creationFailed: english('策略建立失敗'), webhookNameEmpty: english('webhook 策略名稱為空') },
  },
  [60062]: {
    reason: SPLIT_ROW,
    split: [{ text: "Strategy has been terminated / Can't stop sub strategy", separator: ' / ', reason: SPLIT_ROW }],
    variants: ['terminated', 'cannotStopSub'],
    byVariant: { terminated: english('策略已終止'), cannotStopSub: english('無法停止子策略') },
  },
  [60063]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('用戶在此交易對運行中的策略數量已達上限') },
  },
  [60064]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('用戶運行中的策略數量已達上限') },
  },
  [60065]: { reason: 'The zh page keeps the English.', byVariant: { default: english('找不到策略') } },
  [60066]: {
    reason: SPLIT_ROW,
    split: [
      {
        text: 'size should more than {minSize} / sub size should more than {minSize}',
        separator: ' / ',
        reason: SPLIT_ROW,
      },
    ],
    variants: ['size', 'subSize'],
    byVariant: { size: english('數量應大於 {{minSize}}'), subSize: english('子單數量應大於 {{minSize}}') },
  },
  [60067]: {
    reason: SPLIT_ROW,
    split: [
      {
        text: 'too large size / size should less than {maxSize} / sub size should less than {maxSize}',
        separator: ' / ',
        reason: SPLIT_ROW,
      },
    ],
    variants: ['tooLarge', 'size', 'subSize'],
    byVariant: {
      tooLarge: english('數量過大'),
      size: english('數量應小於 {{maxSize}}'),
      subSize: english('子單數量應小於 {{maxSize}}'),
    },
  },
  [60068]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訂單已取消') } },
  [60069]: { reason: 'The zh page keeps the English.', byVariant: { default: english('觸發黑名單規則') } },
  [60070]: { reason: 'The zh page keeps the English.', byVariant: { default: english('受統一保證金限制阻擋') } },
  [60071]: {
    reason: SPLIT_ROW,
    split: [{ text: 'Get conn err / Trading service unavailable', separator: ' / ', reason: SPLIT_ROW }],
    variants: ['connection', 'serviceUnavailable'],
    byVariant: { connection: english('獲取連線失敗'), serviceUnavailable: english('交易服務暫時無法使用') },
  },
  [60072]: { reason: 'The zh page keeps the English.', byVariant: { default: english('策略狀態修改失敗') } },
  [60073]: { reason: 'The zh page keeps the English.', byVariant: { default: english('webhook 訂單建立失敗') } },
  [60074]: { reason: 'The zh page keeps the English.', byVariant: { default: english('策略已停止') } },
  [60075]: { reason: 'The zh page keeps the English.', byVariant: { default: english('webhook 不支援 positionIdx') } },
  [60076]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訊號延遲過高') } },
  [60077]: {
    reason: SPLIT_ROW,
    split: [
      {
        text: 'strategy userId invalid / strategy json invalid / strategy StrategyID invalid',
        separator: ' / ',
        reason: SPLIT_ROW,
      },
    ],
    variants: ['userId', 'json', 'strategyId'],
    byVariant: {
      userId: english('策略的 userId 無效'),
      json: english('策略的 JSON 無效'),
      strategyId: english('策略的 StrategyID 無效'),
    },
  },
  [60078]: { reason: 'The zh page keeps the English.', byVariant: { default: english('策略不支援此交易對') } },
  [60079]: { reason: 'The zh page keeps the English.', byVariant: { default: english('超出用戶持倉上限') } },
  [60080]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訂單重試失敗') } },
  [60081]: { reason: 'The zh page keeps the English.', byVariant: { default: english('無法建立同方向的訂單') } },
  [60082]: {
    reason: SPLIT_ROW,
    split: [{ text: 'iceberg not support usdc / chase order not support usdc', separator: ' / ', reason: SPLIT_ROW }],
    variants: ['iceberg', 'chase'],
    byVariant: { iceberg: english('冰山單不支援 USDC'), chase: english('追價單不支援 USDC') },
  },
  [60083]: { reason: 'The zh page keeps the English.', byVariant: { default: english('策略不支援此交易對') } },
  [60084]: { reason: 'The zh page keeps the English.', byVariant: { default: english('只掛單（post only）參數無效') } },
  [60085]: { reason: 'The zh page keeps the English.', byVariant: { default: english('數量低於最小下單數量') } },
  [60086]: { reason: 'The zh page keeps the English.', byVariant: { default: english('倉位比例與方向不符') } },
  [60087]: { reason: 'The zh page keeps the English.', byVariant: { default: english('數量超出允許範圍') } },
  [60088]: { reason: 'The zh page keeps the English.', byVariant: { default: english('POV 模式無效') } },
  [60089]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('POV 參與率超出範圍或超過 1 位小數') },
  },
  [60090]: { reason: 'The zh page keeps the English.', byVariant: { default: english('POV 缺少該模式所需的參數') } },
  [60091]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('interval 大於 0 時，POV 缺少數量與持續時間') },
  },
  [60092]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('POV 預檢失敗：計算出的子單數量超出 [minQty, maxQty]') },
  },
  [60093]: { reason: 'The zh page keeps the English.', byVariant: { default: english('POV 最長持續時間超出範圍') } },
  [60094]: {
    reason: 'The zh page keeps the English.',
    byVariant: { default: english('POV 預檢失敗：子單數量超過單筆訂單數量') },
  },
  [60095]: { reason: 'The zh page keeps the English.', byVariant: { default: english('POV 間隔超過最長持續時間') } },
  [61000]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訊號的交易對無法交易') } },
  [61001]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訊號名稱超出長度限制') } },
  [61002]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訊號槓桿超過最大風險限額') } },
  [61003]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訊號入場價格無效') } },
  [61004]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訊號的止盈價應優於最差價格') } },
  [61005]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訊號的止損價應劣於最佳價格') } },
  [61006]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訊號到期時間無效') } },
  [61007]: { reason: 'The zh page keeps the English.', byVariant: { default: english('訊號描述超出長度限制') } },
  [61008]: { reason: 'The zh page keeps the English.', byVariant: { default: english('止損價劣於強平價格') } },
  [61009]: { reason: 'The zh page keeps the English.', byVariant: { default: english('找不到訊號') } },
  [61010]: { reason: 'The zh page keeps the English.', byVariant: { default: english('用戶沒有建立訊號的權限') } },
  [60200]: {
    reason: SPLIT_ROW,
    split: [
      {
        text: 'the qty of twap inverse step position value is less than minOrderQty / the qty of iceberg inverse sub position value is less than minOrderQty / the qty of chase inverse position value is less than minOrderQty / strategy stepPositionValue less than minNationValue / iceberg sub position value is less than minNationValue / chase position value is less than minNationValue',
        separator: ' / ',
        reason: SPLIT_ROW,
      },
    ],
    variants: ['twapStep', 'icebergSub', 'chase', 'stepValue', 'icebergSubValue', 'chaseValue'],
    byVariant: {
      twapStep: english('TWAP 反向合約每步倉位價值的數量低於 minOrderQty'),
      icebergSub: english('冰山單反向合約子單倉位價值的數量低於 minOrderQty'),
      chase: english('追價單反向合約倉位價值的數量低於 minOrderQty'),
      stepValue: english('策略的 stepPositionValue 低於 minNationValue'),
      icebergSubValue: english('冰山單子單倉位價值低於 minNationValue'),
      chaseValue: english('追價單倉位價值低於 minNationValue'),
    },
  },
  [60201]: {
    reason: SPLIT_ROW,
    split: [
      {
        text: 'the qty of twap inverse step position value exceeds maxOrderQty / the qty of iceberg inverse sub position value exceeds maxOrderQty / the qty of chase inverse position value exceeds maxOrderQty / the qty of iceberg inverse total position value exceeds maxTotalQty / iceberg sub position value exceeds max value / iceberg total position value exceeds maxTotalValue / twap step position value exceeds max value / chase position value exceeds max value',
        separator: ' / ',
        reason: SPLIT_ROW,
      },
    ],
    variants: [
      'twapStep',
      'icebergSub',
      'chase',
      'icebergTotal',
      'icebergSubValue',
      'icebergTotalValue',
      'twapStepValue',
      'chaseValue',
    ],
    byVariant: {
      twapStep: english('TWAP 反向合約每步倉位價值的數量超過 maxOrderQty'),
      icebergSub: english('冰山單反向合約子單倉位價值的數量超過 maxOrderQty'),
      chase: english('追價單反向合約倉位價值的數量超過 maxOrderQty'),
      icebergTotal: english('冰山單反向合約總倉位價值的數量超過 maxTotalQty'),
      icebergSubValue: english('冰山單子單倉位價值超過上限'),
      icebergTotalValue: english('冰山單總倉位價值超過 maxTotalValue'),
      twapStepValue: english('TWAP 每步倉位價值超過上限'),
      chaseValue: english('追價單倉位價值超過上限'),
    },
  },
};
