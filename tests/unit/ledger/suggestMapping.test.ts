import { describe, expect, it } from 'vitest';
import {
  headerSetKey,
  mappingByHeader,
  mappingFromHeaders,
  missingRequired,
  suggestMapping,
} from '../../../src-shared/ledger';

describe('suggestMapping', () => {
  it('suggests fields from the Chinese headers ledgers use', () => {
    const headers = [
      '序号',
      '案件名称',
      '当事人姓名',
      '公民身份号码',
      '案件类型',
      '受理日期（年月日）',
      '*承办人',
      '备注',
    ];
    expect(suggestMapping(headers)).toEqual({
      1: 'title',
      2: 'partyName',
      3: 'partyIdNumber',
      4: 'caseType',
      5: 'acceptedAt',
      6: 'handler',
    });
  });

  it('maps each field to one column only, by the longest header it contains', () => {
    expect(suggestMapping(['申请人联系电话', '当事人'])).toEqual({
      0: 'partyPhone',
      1: 'partyName',
    });
    expect(suggestMapping(['联系电话1', '联系电话'])).toEqual({ 1: 'partyPhone' });
  });

  it('says which required fields no column holds', () => {
    expect(missingRequired({ 0: 'title' })).toEqual(['caseType', 'partyName']);
  });

  it('remembers a mapping by header text, whatever the column order', () => {
    const headers = ['甲列', '乙列'];
    const remembered = mappingByHeader(headers, { 0: 'title', 1: 'partyName' });
    expect(mappingFromHeaders(['乙列', '甲列', '丙列'], remembered)).toEqual({
      0: 'partyName',
      1: 'title',
    });
    expect(headerSetKey(['乙列', '甲列'])).toBe(headerSetKey(headers));
  });
});
