import { dateFromToday } from './dates';
import { OWN_PASSWORD } from './Desk';
import type { StepForm, WorkflowPanel } from './WorkflowPanel';

/**
 * 批准听证: a hearing not in public, ten days from today, refused to the procurator and confirmed
 * by the chief procurator 李检察长 at the desk. `more` fills further fields of the approval.
 */
export async function approveHearing(
  panel: WorkflowPanel,
  card = '公开听证',
  more?: (form: StepForm) => Promise<void>,
): Promise<void> {
  const approval = await panel.act(
    card,
    '批准听证',
    async (f) => {
      await f.choose('公开与否', '不公开听证');
      await f.fill('理由', '双方对欠款事实争议较大，有必要听取各方意见。');
      await f.fill('拟听证日期', dateFromToday(10));
      if (more) await more(f);
    },
    { confirm: false },
  );
  await approval.submit();
  await approval.confirmByApprover('李检察长', '检察长', OWN_PASSWORD);
}
