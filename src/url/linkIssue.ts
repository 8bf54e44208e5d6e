// Why a value from the address bar was not used, as a code with its values and free of language: the URL
// readers (urlState, classroomParams, colour profile, presenter view, language) make these, the page words them.
import type { ClashIssue, ParamId, ValueIssue } from '../../workers/common/params';

export type LinkIssueDetail =
  | { code: 'bad-preset'; raw: string; known: readonly string[] }
  | { code: 'bad-seed'; raw: string; max: number; fallback: number }
  | { code: 'unknown-key'; key: string }
  | { code: 'bad-value'; id: ParamId; issue: ValueIssue; kept: number | string }
  /** A value valid alone that clashes with another (the clash names the parameter it is reported on). */
  | { code: 'clash'; clash: ClashIssue; culprit: ParamId; kept: number | string }
  /** `raw` is null when the value is not id-like: it is then never quoted, only its length is told. */
  | { code: 'bad-lesson'; raw: string | null; chars: number; known: readonly string[] }
  | { code: 'bad-flag'; key: 'kiosk' | 'allowLinks' | 'presenter'; raw: string }
  | { code: 'bad-idle-seconds'; raw: string; min: number; max: number; fallback: number }
  | { code: 'bad-colour-profile'; raw: string; known: readonly string[] }
  | { code: 'bad-language'; raw: string; known: readonly string[] }
  /** A key the link gives more than once: none of its values is used (the CLI refuses a repeated flag the same way). */
  | { code: 'repeated-key'; key: string; count: number }
  /** Stands for the issues past the notice cap, so 2 000 bad keys give a handful of notices, not 2 000. */
  | { code: 'more-issues'; count: number };

export interface LinkIssue {
  /** The registry id or URL key the issue is about. */
  key: string;
  /** What is wrong, free of language: the page words it (src/i18n/text/notices.ts, linkNoticeText). */
  detail: LinkIssueDetail;
}
