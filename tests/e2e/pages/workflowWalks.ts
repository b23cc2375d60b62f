/**
 * For each workflow kind, a walk through the case page that reaches every state where one of its
 * events is first offered: the steps a procurator takes (with the data each needs) and the ones
 * the chief procurator confirms at the desk. Used by the step-dialog sweep, which checks whatever
 * became available after each step, so a walk only has to lead on, not to name the dialogs.
 */
import { expect, type Page } from '@playwright/test';
import type { WorkflowKind } from '../../../src-shared/workflows';
import { dateFromToday } from './dates';
import { OWN_PASSWORD } from './Desk';
import type { StepForm, WorkflowPanel } from './WorkflowPanel';
import {
  adminResolutionWalk,
  assistanceWalk,
  civilReconciliationWalk,
  hearingWalk,
} from './workflowWalksLong';

export type Fill = (form: StepForm) => Promise<void>;

/** The cases the walks run on: a workflow is offered only for its case types. */
export type CaseKind = 'civil' | 'administrative' | 'supportProsecution';

export type Walker = {
  page: Page;
  panel: WorkflowPanel;
  card: string;
  /** Takes an action as the procurator; what it makes available is swept before returning. */
  take: (action: string, fill?: Fill) => Promise<void>;
  /** Takes an action the rule gives to the chief procurator, who confirms it at the desk. */
  takeApproved: (action: string, fill?: Fill) => Promise<void>;
};

export type WorkflowWalk = {
  caseKind: CaseKind;
  /** What the start dialog needs beyond the choice of workflow. */
  start?: Fill;
  walk: (w: Walker) => Promise<void>;
};

/** Builds a walker over the panel; `after` runs after every step the walk takes. */
export function walker(
  page: Page,
  panel: WorkflowPanel,
  card: string,
  after: () => Promise<void>,
): Walker {
  // Counting the history's entries tells that the card shows the step just taken, so the sweep
  // never reads the buttons of the state before.
  const entries = () => panel.history(card).locator('.mantine-Timeline-item');
  const done = async (before: number) => {
    await expect(entries()).toHaveCount(before + 1);
    await after();
  };
  return {
    page,
    panel,
    card,
    take: async (action, fill) => {
      const before = await entries().count();
      await panel.act(card, action, fill);
      await done(before);
    },
    takeApproved: async (action, fill) => {
      const before = await entries().count();
      const form = await panel.act(card, action, fill, { confirm: false });
      await form.submit();
      await form.confirmByApprover('李检察长', '检察长', OWN_PASSWORD);
      await done(before);
    },
  };
}

const reasoningWalk: WorkflowWalk = {
  caseKind: 'civil',
  start: async (f) => {
    await f.choose('说理起因', '不支持监督申请');
    await f.fill('原决定日期', dateFromToday(-3));
  },
  walk: async (w) => {
    const ground = '原判认定劳务关系错误';
    await w.take('添加申请人理由', (f) => f.fill('概要', ground));
    await w.take('回应理由', async (f) => {
      await f.choose('申请理由', `${ground} · 未回应`);
      await f.fill('回应', '劳务协议及工资表足以证明劳务关系，原判认定并无不当。');
    });
    await w.take('完成说理文稿', async (f) => {
      await f.fill('事实', '经审查，原判认定事实清楚，证据确实充分。');
      const citation = await f.addItem('法律依据');
      await f.choose('法律', '中华人民共和国民事诉讼法', citation);
      await f.fill('条', '211', citation);
      await f.fill('结论', '申请人的监督申请理由不能成立，本院决定不支持其监督申请。');
      await f.fill('救济途径', '可在一年内向上一级人民检察院申请复查。');
    });
    await w.take('送达说理', (f) => f.choose('方式', '书面送达'));
    await w.take('记录申请人态度', (f) => f.choose('申请人反应', '服判息诉'));
  },
};

const supportProsecutionWalk: WorkflowWalk = {
  caseKind: 'supportProsecution',
  walk: async (w) => {
    await w.take('受理', (f) => f.choose('来源渠道', '当事人申请'));
    await w.take('决定支持起诉', async (f) => {
      await f.answerAll('审查要点', true);
      await f.choose('诉请类型', '追索劳动报酬');
      await f.fill('被告', '某建筑劳务有限公司');
    });
    await w.take('发送支持起诉意见书', async (f) => {
      await f.fill('法院', '合肥市庐阳区人民法院');
      await f.answer('建议申请财产保全', false);
    });
    await w.take('记录诉讼结果', (f) => f.choose('结果', '调解'));
  },
};

const recommendationWalk: WorkflowWalk = {
  caseKind: 'civil',
  start: (f) => f.fill('决定调查日期', dateFromToday(-20)),
  walk: async (w) => {
    await w.takeApproved('发出检察建议', async (f) => {
      await f.choose('送达方式', '书面');
      await f.fill('受送达人', '某县人力资源和社会保障局');
      await f.choose('检察建议类型', '社会治理检察建议');
      await f.fill('法律政策研究部门审核日期', dateFromToday(-1));
    });
    await w.take('报上级院备案');
    await w.take('记录回复', async (f) => {
      await f.choose('采纳情况', '已采纳');
      await f.fill('概要', '已全部整改。');
    });
  },
};

const protestWalk: WorkflowWalk = {
  caseKind: 'administrative',
  start: (f) => f.choose('案件类别', '行政'),
  walk: async (w) => {
    await w.take('决定监督方式', async (f) => {
      await f.choose('监督方式', '再审检察建议');
      await f.fill('检察委员会讨论日期', dateFromToday(-1));
    });
    await w.take('发出文书');
  },
};

const supervisionIntakeWalk: WorkflowWalk = {
  caseKind: 'civil',
  start: async (f) => {
    await f.choose('案件类别', '民事');
    await f.fill('收到日期', dateFromToday(0));
  },
  walk: async (w) => {
    await w.take('决定受理', async (f) => {
      await f.fill('申请期限起算日', dateFromToday(-30));
      await f.choose('申请期限起算事由', '驳回再审申请裁定');
    });
    await w.take('登记通知发送情况');
    await w.take('登记移送承办部门日期');
    await w.take('登记案管登记日期');
  },
};

/** Every kind has its walk: a new kind does not compile until it has one. */
export const WORKFLOW_WALKS: Readonly<Record<WorkflowKind, WorkflowWalk>> = {
  civilReconciliation: civilReconciliationWalk,
  adminResolution: adminResolutionWalk,
  judicialAssistance: assistanceWalk,
  reasoning: reasoningWalk,
  publicHearing: hearingWalk,
  supportProsecution: supportProsecutionWalk,
  recommendation: recommendationWalk,
  protest: protestWalk,
  supervisionIntake: supervisionIntakeWalk,
};
