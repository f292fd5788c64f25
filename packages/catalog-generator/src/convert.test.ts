/** Traditional → Simplified: OpenCC's phrase data (tw2sp) and a product's reviewed phrase fixes. */
import { describe, expect, it } from 'vitest';
import { ConversionError, HansConverter, opencc, type PhraseFix } from './convert.js';
import { inputsOf } from './build/registry.js';

const FIXES = inputsOf('bybit').overrides.PHRASE_FIXES ?? [];
const converter = new HansConverter(FIXES);

describe("OpenCC's conversion with Bybit's phrase fixes", () => {
  it.each([
    ['統一帳戶', '统一账户'],
    ['帳戶模式不支持請求的category值', '账户模式不支持请求的category值'],
    ['賬戶', '账户'],
    ['API金鑰無效', 'API密钥无效'],
    ['許可權被拒絕', '权限被拒绝'],
    ['不存在風險限額資訊', '不存在风险限额信息'],
    ['該幣種不被支援。', '该币种不被支持。'],
    ['查詢劃轉失敗', '查询划转失败'],
    ['借貸用戶無法執行兌換操作', '借贷用户无法执行兑换操作'],
    ['尚未為您的帳戶啟用MMP。', '尚未为您的账户启用MMP。'],
    ['請為其他資產開啟抵押', '请为其他资产开启抵押'],
    ['獲取用戶借款紀錄失敗', '获取用户借款记录失败'],
    ['借貸數量不能小於單次最小借貸量', '借贷数量不能小于单次最小借贷量'],
    ['價格小數位過多', '价格小数位过多'],
    ['自訂訂單 ID 重複', '自定义订单 ID 重复'],
    ['槓桿倍數超出範圍', '杠杆倍数超出范围'],
    ['伺服器內部錯誤', '服务器内部错误'],
    ['請重新整理並查看訂單狀態', '请刷新并查看订单状态'],
    ['{{coin}} 抵押品已達到平台上限', '{{coin}} 抵押品已达到平台上限'],
  ])('%s → %s', (hant, hans) => {
    expect(converter.convert(hant).text).toBe(hans);
  });

  it('says what OpenCC alone gives, and which fixes changed it: 帳戶 becomes 帐户 without the fix', () => {
    expect(opencc('帳戶')).toBe('帐户');
    expect(converter.convert('統一帳戶用戶無法訪問API。')).toEqual({
      text: '统一账户用户无法访问API。',
      opencc: '统一帐户用户无法访问API。',
      fixed: ['帳戶'],
    });
  });

  it('refuses a fix OpenCC no longer needs, one written against another output, and one without a reason', () => {
    const fix = (over: Partial<PhraseFix>): PhraseFix => ({
      hant: '帳戶',
      opencc: '帐户',
      hans: '账户',
      reason: 'r',
      ...over,
    });
    expect(() => new HansConverter([fix({ hant: '賬戶', opencc: '账户' })])).toThrow(ConversionError);
    expect(() => new HansConverter([fix({ opencc: '账号' })])).toThrow(/now converts 帳戶 to 帐户/);
    expect(() => new HansConverter([fix({ reason: ' ' })])).toThrow(/needs a reason/);
    expect(() => new HansConverter([fix({}), fix({})])).toThrow(/two phrase fixes/);
  });

  it('refuses to cut a text where the cut changes what OpenCC reads around the phrase', () => {
    // OpenCC reads 於單 as a name when 於 stands alone before 單; a fix of 單詞 alone would cut that phrase.
    const split = new HansConverter([{ hant: '單詞', opencc: '单词', hans: '单次', reason: 'test' }]);
    expect(() => split.convert('不能小於單詞最小借貸量')).toThrow(/changes OpenCC's reading/);
  });

  it('reports the fixes no text used', () => {
    const fresh = new HansConverter(FIXES);
    fresh.convert('統一帳戶');
    expect(fresh.unused().map((f) => f.hant)).not.toContain('帳戶');
    expect(fresh.unused(['查詢']).map((f) => f.hant)).not.toContain('查詢');
  });
});
