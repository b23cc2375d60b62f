/**
 * 2026 arrangement: 国务院办公厅关于2026年部分节假日安排的通知, 国办发明电〔2025〕7号, 2025-11-04.
 *
 * Verified (stored copies of the full text, not the live web):
 * - 光明网 (新华社 2025-11-04), https://politics.gmw.cn/2025-11/04/content_38391083.htm
 * - 中山日报 2025-11-05 A01, https://epaper.zsnews.cn/epaper/zsrb/paperdate/20251105/part/1/articleid/3.html
 * - a reprint carrying the document number 国办发明电〔2025〕7号 (2cto.com.cn forum)
 * Dates read from them: 元旦 01-01..03, make-up 01-04 (Sun); 春节 02-15 (腊月二十八) .. 02-23
 * (9 days), make-up 02-14 (Sat) and 02-28 (Sat); 清明 04-04..06, no make-up day; 劳动节
 * 05-01..05, make-up 05-09 (Sat); 端午 06-19..21, no make-up day; 中秋 09-25..27, no make-up
 * day; 国庆 10-01..07, make-up 09-20 (Sun) and 10-10 (Sat).
 * The gov.cn address is the one public holiday datasets cite for this notice; it was not fetched.
 */
import { parseIsoDate as d } from '../isoDate';
import type { HolidayTable } from '../holidayTable';

export const CN_2026 = {
  year: 2026,
  source: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    documentNumber: '国办发明电〔2025〕7号',
    issuedOn: d('2025-11-04'),
    url: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
  },
  blocks: [
    { holiday: 'newYear', from: d('2026-01-01'), to: d('2026-01-03') },
    { holiday: 'springFestival', from: d('2026-02-15'), to: d('2026-02-23') },
    { holiday: 'qingming', from: d('2026-04-04'), to: d('2026-04-06') },
    { holiday: 'labourDay', from: d('2026-05-01'), to: d('2026-05-05') },
    { holiday: 'dragonBoat', from: d('2026-06-19'), to: d('2026-06-21') },
    { holiday: 'midAutumn', from: d('2026-09-25'), to: d('2026-09-27') },
    { holiday: 'nationalDay', from: d('2026-10-01'), to: d('2026-10-07') },
  ],
  makeUpWorkdays: [
    { date: d('2026-01-04'), holiday: 'newYear' },
    { date: d('2026-02-14'), holiday: 'springFestival' },
    { date: d('2026-02-28'), holiday: 'springFestival' },
    { date: d('2026-05-09'), holiday: 'labourDay' },
    { date: d('2026-09-20'), holiday: 'nationalDay' },
    { date: d('2026-10-10'), holiday: 'nationalDay' },
  ],
} as const satisfies HolidayTable;
