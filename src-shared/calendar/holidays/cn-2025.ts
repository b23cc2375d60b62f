/**
 * 2025 arrangement: 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号, 2024-11-12.
 * It applies the 2024-11 revision of 《全国年节及纪念日放假办法》: from 2025 the Spring Festival and
 * Labour Day each get one more statutory day (Spring Festival from 除夕, 8 days with 调休), and
 * National Day merges with Mid-Autumn into 8 days when they meet.
 *
 * Verified (stored copies of the full text, not the live web):
 * - 光明网 (新华社 2024-11-12), https://m.gmw.cn/2024-11/12/content_1303894933.htm
 * - a reprint carrying the document number 国办发明电〔2024〕12号 (mip.gyhiac.cn)
 * Dates read from them: 元旦 01-01 (Wed) only, no make-up day; 春节 01-28 (除夕) .. 02-04 (8 days),
 * make-up 01-26 (Sun) and 02-08 (Sat); 清明 04-04..06, no make-up day; 劳动节 05-01..05,
 * make-up 04-27 (Sun); 端午 05-31..06-02, no make-up day; 国庆节、中秋节 10-01..08 (8 days),
 * make-up 09-28 (Sun) and 10-11 (Sat).
 * The gov.cn address is the one public holiday datasets cite for this notice; it was not fetched.
 */
import { parseIsoDate as d } from '../isoDate';
import type { HolidayTable } from '../holidayTable';

export const CN_2025 = {
  year: 2025,
  source: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    documentNumber: '国办发明电〔2024〕12号',
    issuedOn: d('2024-11-12'),
    url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
  },
  blocks: [
    { holiday: 'newYear', from: d('2025-01-01'), to: d('2025-01-01') },
    { holiday: 'springFestival', from: d('2025-01-28'), to: d('2025-02-04') },
    { holiday: 'qingming', from: d('2025-04-04'), to: d('2025-04-06') },
    { holiday: 'labourDay', from: d('2025-05-01'), to: d('2025-05-05') },
    { holiday: 'dragonBoat', from: d('2025-05-31'), to: d('2025-06-02') },
    { holiday: 'nationalDayMidAutumn', from: d('2025-10-01'), to: d('2025-10-08') },
  ],
  makeUpWorkdays: [
    { date: d('2025-01-26'), holiday: 'springFestival' },
    { date: d('2025-02-08'), holiday: 'springFestival' },
    { date: d('2025-04-27'), holiday: 'labourDay' },
    { date: d('2025-09-28'), holiday: 'nationalDayMidAutumn' },
    { date: d('2025-10-11'), holiday: 'nationalDayMidAutumn' },
  ],
} as const satisfies HolidayTable;
