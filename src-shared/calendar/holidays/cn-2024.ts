/**
 * 2024 arrangement: 国务院办公厅关于2024年部分节假日安排的通知, 国办发明电〔2023〕7号, 2023-10-25.
 *
 * Verified (stored copies of the notice's full text, not the live web):
 * - 人民日报 2023-10-26 p. 6, http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm
 * - 维基文库 (from 国务院公报 2023年第31号, with the document number),
 *   https://zh.wikisource.org/wiki/国务院办公厅关于2024年部分节假日安排的通知
 * Every date below was read from those texts: 元旦 01-01 (Mon, joined to the weekend, no
 * make-up day); 春节 02-10..17 (8 days), make-up 02-04 (Sun) and 02-18 (Sun), 除夕 02-09 is only
 * "encouraged" as leave, so it stays a working day; 清明 04-04..06, make-up 04-07 (Sun);
 * 劳动节 05-01..05, make-up 04-28 (Sun) and 05-11 (Sat); 端午 06-10 (Mon, joined to the weekend);
 * 中秋 09-15..17, make-up 09-14 (Sat); 国庆 10-01..07, make-up 09-29 (Sun) and 10-12 (Sat).
 * The gov.cn address is the one public holiday datasets cite for this notice; it was not fetched.
 */
import { parseIsoDate as d } from '../isoDate';
import type { HolidayTable } from '../holidayTable';

export const CN_2024 = {
  year: 2024,
  source: {
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    documentNumber: '国办发明电〔2023〕7号',
    issuedOn: d('2023-10-25'),
    url: 'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm',
  },
  blocks: [
    { holiday: 'newYear', from: d('2024-01-01'), to: d('2024-01-01') },
    { holiday: 'springFestival', from: d('2024-02-10'), to: d('2024-02-17') },
    { holiday: 'qingming', from: d('2024-04-04'), to: d('2024-04-06') },
    { holiday: 'labourDay', from: d('2024-05-01'), to: d('2024-05-05') },
    { holiday: 'dragonBoat', from: d('2024-06-10'), to: d('2024-06-10') },
    { holiday: 'midAutumn', from: d('2024-09-15'), to: d('2024-09-17') },
    { holiday: 'nationalDay', from: d('2024-10-01'), to: d('2024-10-07') },
  ],
  makeUpWorkdays: [
    { date: d('2024-02-04'), holiday: 'springFestival' },
    { date: d('2024-02-18'), holiday: 'springFestival' },
    { date: d('2024-04-07'), holiday: 'qingming' },
    { date: d('2024-04-28'), holiday: 'labourDay' },
    { date: d('2024-05-11'), holiday: 'labourDay' },
    { date: d('2024-09-14'), holiday: 'midAutumn' },
    { date: d('2024-09-29'), holiday: 'nationalDay' },
    { date: d('2024-10-12'), holiday: 'nationalDay' },
  ],
} as const satisfies HolidayTable;
