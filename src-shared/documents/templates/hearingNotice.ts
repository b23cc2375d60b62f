/**
 * 听证通知书 (听证规定 Arts. 9–15; 民事规则 Art. 56; 行政规则 Art. 70; DOMAIN.md §6.4): the
 * case, time and place, and the names and identities of the presiding procurator and the hearing
 * officers. Served at least 3 days before the hearing: the schema refuses a later notice.
 */
import { z } from 'zod';
import { isNoticeInTime } from '../../calendar/hearingNotice';
import { arabicDate, clockTime } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  caseRefSchema,
  clockTimeSchema,
  docDate,
  hearingOfficerSchema,
  officerSchema,
  optionalText,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import {
  OFFICIAL_NUMBER_PLACEHOLDER,
  blocks,
  caseName,
  officerText,
  ordinal,
  organSignature,
  paragraph,
} from '../textParts';

export const hearingNoticeSchema = z
  .object({
    procuratorate: procuratorateSchema,
    caseRef: caseRefSchema,
    addressee: z.object({ name: requiredText(100), capacity: requiredText(40) }),
    hearingOn: docDate,
    startTime: clockTimeSchema,
    place: requiredText(100),
    isPublic: z.boolean({ error: 'validation.choose' }),
    presiding: officerSchema,
    officers: z.array(hearingOfficerSchema).min(1, { error: 'validation.required' }).max(15),
    noticeOn: docDate,
    /** 3 by the rules; configurable because the stricter "clear days" reading needs 4 [U]. */
    minimumNoticeDays: z.int({ error: 'validation.invalid' }).min(1).max(60).default(3),
    contactName: requiredText(50),
    contactPhone: optionalText(30),
  })
  .superRefine((data, ctx) => {
    if (!isNoticeInTime(data.noticeOn, data.hearingOn, data.minimumNoticeDays)) {
      ctx.addIssue({
        code: 'custom',
        path: ['noticeOn'],
        message: 'validation.document.noticeTooLate',
      });
    }
  });

export const hearingNotice = defineTemplate({
  id: DocumentTemplateId.hearingNotice,
  version: 1,
  title: '听证通知书',
  schema: hearingNoticeSchema,
  renderContent(data) {
    const kind = data.isPublic ? '公开听证' : '听证';
    const officers = data.officers.map((o) => `${o.name}（${o.identity}）`).join('、');
    const items = [
      `本次听证由${officerText(data.presiding)}主持，听证员为：${officers}。`,
      '如认为主持人或者听证员与本案有利害关系或者其他关系，可能影响公正听证的，' +
        '可以在听证开始前向本院提出回避申请，并说明理由。',
      '请携带本人身份证明及与本案有关的证据材料，按时到场参加听证。' +
        '如不能按时到场，请及时与本院联系并说明理由。',
      `联系人：${data.contactName}` +
        (data.contactPhone ? `，联系电话：${data.contactPhone}。` : '。'),
    ];
    return {
      issuer: data.procuratorate,
      numberLine: OFFICIAL_NUMBER_PLACEHOLDER,
      addressee: `${data.addressee.name}：`,
      body: blocks(
        paragraph(
          `本院办理的${caseName(data.caseRef.title)}，定于${arabicDate(data.hearingOn)}` +
            `${clockTime(data.startTime)}在${data.place}举行${kind}。` +
            `你作为本案${data.addressee.capacity}，请准时参加。现将有关事项通知如下：`,
        ),
        items.map((text, i) => paragraph(text, { lead: ordinal(i + 1) })),
        paragraph('特此通知。'),
      ),
      signature: organSignature(data.procuratorate, data.noticeOn),
      notes: [],
    };
  },
});
