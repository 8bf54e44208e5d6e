// Outlines the parameter controls a lesson uses (elements carrying data-param="<id>" in the parameter
// panel) while the lesson is open, and removes the outline when it closes.
import { useEffect } from 'react';
import type { ParamId } from '../../workers/common/params';

export function useParamHighlight(ids: readonly ParamId[]): void {
  const key = ids.join(',');
  useEffect(() => {
    if (!key) return;
    const selector = key
      .split(',')
      .map((id) => `[data-param="${id}"]`)
      .join(',');
    const mark = () => document.querySelectorAll(selector).forEach((el) => el.classList.add('lesson-highlight'));
    mark();
    // Controls appear and disappear with the link (e.g. Intercept fraction only with intercept-resend).
    const observer = new MutationObserver(mark);
    const panel = document.getElementById('link-parameters');
    if (panel) observer.observe(panel, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      document.querySelectorAll('.lesson-highlight').forEach((el) => el.classList.remove('lesson-highlight'));
    };
  }, [key]);
}
