/** Bybit's en and zh-TW pages paired: sections by the codes they share, codes per section, cells by script. */
import { describe, expect, it } from 'vitest';
import { fidelityOf } from './fidelity.js';
import { pairProduct } from './pair.js';
import { parseDocument } from './parse.js';
import { pairSectionsByCodes } from './sections.js';
import { loadProduct } from './sources.js';

const { en, zh } = loadProduct('bybit');
const pairing = pairProduct(en, zh);

function paired(code: number, section: string) {
  const index = en.codes.findIndex((c) => c.code === code && en.sections[c.section]?.title === section);
  return pairing.codes[index];
}

describe('pairing en ↔ zh-TW', () => {
  it('matches every section by the codes it shares, whatever its place, title or level', () => {
    const zhOf = pairSectionsByCodes(en, zh);
    expect(en.sections.map((s, i) => `${s.title} → ${zh.sections[zhOf[i] ?? -1]?.title ?? '-'}`)).toEqual([
      'HTTP Code → HTTP 響應碼',
      'WS OE General code → WS下單通用錯誤碼',
      'UTA → 統一帳戶',
      'Spot Trade → 現貨交易',
      'Spot Margin Trade → 槓桿交易',
      'Asset → 資產服務',
      'Fiat Convert → 法幣閃兌',
      'Convert Small Balances → 小額兌換',
      'Crypto Loan (New) → 質押借貸 (新版)',
      'Crypto Loan (legacy) → 質押借貸 (舊版)',
      'Institutional Loan → 機構借貸',
      'Exchange Broker → 經紀商',
      'Reward → 卡券',
      'Earn → 理財',
      'User → 用戶',
      'Set API rate limit → 設置API頻率',
      'RFQ → RFQ',
      'Manual Loan → 手動借貸',
      'Strategy → 策略下單',
      'Prediction → Alpha - 預測市場',
    ]);
  });

  it("pairs a code per section: 10003's WebSocket and UTA meanings each get their own Chinese", () => {
    expect(paired(10003, 'WS OE General code')?.variants[0]?.zh).toMatchObject({
      kind: 'binance',
      raw: '同一個uid上構建了過多會話',
    });
    expect(paired(10003, 'UTA')?.variants[0]?.zh.raw).toMatch(/^API金鑰無效。/);
    expect(paired(700001, 'Prediction')?.variants[0]?.zh.kind).toBe('english');
  });

  it('takes the Chinese of an English-then-Chinese cell, and says when its English differs', () => {
    expect(paired(30208, 'UTA')?.variants[0]?.zh).toMatchObject({
      kind: 'binance',
      raw: '提交訂單失敗，訂單價格高於最高買入價',
    });
    const differs = paired(3401010, 'UTA')?.variants[0]?.zh;
    expect(differs?.kind).toBe('binance');
    expect(differs?.reasons.join()).toMatch(/English differs \(prefix\)/);
    expect(paired(131075, 'Asset')?.variants[0]?.zh).toMatchObject({
      kind: 'binance',
      raw: '內部提現時目標UID不能是自身',
    });
  });

  it('marks English kept, missing codes and broken Chinese (values dropped)', () => {
    expect(paired(177002, 'Crypto Loan (legacy)')?.variants[0]?.zh.kind).toBe('english');
    expect(paired(34040, 'UTA')?.variants[0]?.zh.kind).toBe('missing');
    expect(paired(170005, 'Spot Trade')?.variants[0]?.zh).toMatchObject({ kind: 'broken', raw: '限頻報錯' });
  });

  it('counts 582 Chinese texts of Bybit, 119 English kept, 5 missing, 22 broken over 728 messages', () => {
    expect(fidelityOf(pairing)).toMatchObject({
      codes: { en: 724, zh: 719 },
      variants: 728,
      zh: { binance: 582, english: 119, missing: 5, broken: 22 },
    });
  });

  it('finds no code only on the zh page (700011 is on both)', () => {
    expect(pairing.detections.filter((d) => d.rule === 'zh-only-code')).toEqual([]);
  });

  it('does not call generic Chinese shared by two codes a copy when both English texts say the same', () => {
    const copies = pairing.detections.filter((d) => d.rule === 'zh-duplicate-of-other-code').map((d) => d.code);
    expect(copies).toEqual([148029, 180002, 180016, 34022045]);
  });

  it('pairs sections on a snippet where the zh page reorders them', () => {
    const head = '---\nexchange: bybit\nsource_url: https://x/docs/v5/error\nlanguage: ';
    const a = parseDocument(`${head}en\n---\n## A\n|C|D|\n|-|-|\n|1|x|\n|2|y|\n## B\n|C|D|\n|-|-|\n|1|z|\n|3|w|\n`);
    const b = parseDocument(
      `${head}zh-TW\n---\n## 乙\n|C|D|\n|-|-|\n|3|丁|\n|1|丙|\n## 甲\n|C|D|\n|-|-|\n|2|乙|\n|1|甲|\n`,
    );
    expect(pairSectionsByCodes(a, b)).toEqual([1, 0]);
    const result = pairProduct(a, b);
    expect(result.codes.map((c) => c.variants[0]?.zh.raw)).toEqual(['甲', '乙', '丙', '丁']);
  });
});
