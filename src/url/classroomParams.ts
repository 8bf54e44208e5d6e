// Reads the classroom keys of the URL (lesson, kiosk, idleSeconds, allowLinks): each is validated and
// a bad value is reported by name with what is allowed, then ignored. The link params live in urlState.ts.
import { echo, isTokenLike } from '../../workers/common/echo';
import type { LinkIssue } from './linkIssue';
import { withoutRepeatedKeys } from './urlState';

export interface ClassroomOptions {
  /** A lesson id to open, or null. Checked against the lesson list by the caller (lessonIds). */
  lessonId: string | null;
  isKiosk: boolean;
  /** Seconds without input before the kiosk's attract loop plays. */
  idleSeconds: number;
  /** False hides or neutralises links that leave the page (kiosk default). */
  allowLinks: boolean;
}

export type ClassroomIssue = LinkIssue;

export const DEFAULT_IDLE_SECONDS = 90;
const MIN_IDLE_SECONDS = 2;
const MAX_IDLE_SECONDS = 3600;

function parseFlag(raw: string): boolean | null {
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  return null;
}

export function parseClassroomParams(
  search: string,
  lessonIds: readonly string[],
): { options: ClassroomOptions; issues: ClassroomIssue[] } {
  // A repeated key is not used at all (the one rule; decodeUrlState reports it), so every reader agrees.
  const query = new URLSearchParams(withoutRepeatedKeys(search).search);
  const issues: ClassroomIssue[] = [];
  const options: ClassroomOptions = {
    lessonId: null,
    isKiosk: false,
    idleSeconds: DEFAULT_IDLE_SECONDS,
    allowLinks: true,
  };

  const lesson = query.get('lesson');
  if (lesson !== null) {
    if (lessonIds.includes(lesson)) options.lessonId = lesson;
    else {
      // A value that is not id-like (a sentence, a phone number) is never quoted: a link must not put words on the
      // page (raw is then null and only the length is told).
      issues.push({
        key: 'lesson',
        detail: {
          code: 'bad-lesson',
          raw: isTokenLike(lesson) ? lesson : null,
          chars: lesson.length,
          known: lessonIds,
        },
      });
    }
  }

  const kiosk = query.get('kiosk');
  if (kiosk !== null) {
    const flag = parseFlag(kiosk);
    if (flag === null)
      issues.push({
        key: 'kiosk',
        detail: { code: 'bad-flag', key: 'kiosk', raw: echo(kiosk) },
      });
    else options.isKiosk = flag;
  }
  // A kiosk sends nobody away unless the link says so.
  options.allowLinks = !options.isKiosk;

  const allowLinks = query.get('allowLinks');
  if (allowLinks !== null) {
    const flag = parseFlag(allowLinks);
    if (flag === null)
      issues.push({
        key: 'allowLinks',
        detail: { code: 'bad-flag', key: 'allowLinks', raw: echo(allowLinks) },
      });
    else options.allowLinks = flag;
  }

  const idle = query.get('idleSeconds');
  if (idle !== null) {
    const n = /^\s*\d+(\.\d+)?\s*$/.test(idle) ? Number(idle) : Number.NaN;
    if (!(n >= MIN_IDLE_SECONDS && n <= MAX_IDLE_SECONDS)) {
      issues.push({
        key: 'idleSeconds',
        detail: {
          code: 'bad-idle-seconds',
          raw: echo(idle),
          min: MIN_IDLE_SECONDS,
          max: MAX_IDLE_SECONDS,
          fallback: DEFAULT_IDLE_SECONDS,
        },
      });
    } else options.idleSeconds = n;
  }
  return { options, issues };
}
