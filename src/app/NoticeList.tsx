// Dismissible notices at the top of the page, e.g. a URL value that was not used because it is out of
// range; each names the parameter and its allowed range, worded in the page's language from its code.
// Identical notices show once and at most MAX_SHOWN are on screen at a time (dismissing one shows the next).
import { useSyncExternalStore } from 'react';
import { linkNoticeText, noticesText } from '../i18n/text/notices';
import { applyUpdate, subscribeUpdate, updateState, type UpdateState } from '../update/appUpdate';
import { parseClassroomParams } from '../url/classroomParams';
import { useLocale } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import type { Notice } from '../store/viewSlice';

/** Notices on screen at once: enough for a link with a few bad values, never a wall of alerts. */
export const MAX_SHOWN = 6;

/** The notices to show: the first of each distinct text, at most MAX_SHOWN. */
export function shownNotices(
  notices: readonly Notice[],
  word: (n: Notice) => string,
): { notice: Notice; text: string }[] {
  const seen = new Set<string>();
  const shown: { notice: Notice; text: string }[] = [];
  for (const notice of notices) {
    if (shown.length >= MAX_SHOWN) break;
    const text = word(notice);
    if (seen.has(text)) continue;
    seen.add(text);
    shown.push({ notice, text });
  }
  return shown;
}

/** "A new version is ready — Reload": on an attended page only (a kiosk reloads itself at its next idle reset). */
function UpdatePrompt({ update }: { update: UpdateState }) {
  const text = noticesText[useLocale()];
  return (
    <div className="notice update-notice" role="status">
      <p>{update === 'waiting' ? text.updateWaiting : text.buildChanged}</p>
      <button
        type="button"
        className="button small"
        title={text.reloadHint}
        onClick={() => {
          applyUpdate();
        }}
      >
        {text.reload}
      </button>
    </div>
  );
}

export function NoticeList() {
  const notices = useAppState((s) => s.notices);
  const dismissNotice = useAppState((s) => s.dismissNotice);
  const locale = useLocale();
  const text = noticesText[locale];
  const update = useSyncExternalStore(subscribeUpdate, updateState);
  const showUpdate = update !== 'none' && !parseClassroomParams(window.location.search, []).options.isKiosk;
  if (notices.length === 0 && !showUpdate) return null;
  const shown = shownNotices(notices, (n) => linkNoticeText(n.detail, locale));
  return (
    <div className="notices">
      {showUpdate && <UpdatePrompt update={update} />}
      {shown.map(({ notice: n, text: said }) => (
        <div key={n.id} className="notice" role="alert">
          <p>{said}</p>
          <button
            type="button"
            className="button small"
            onClick={() => {
              // Dismissing a notice also dismisses its duplicates, which were never shown.
              for (const other of notices)
                if (other.id === n.id || linkNoticeText(other.detail, locale) === said) dismissNotice(other.id);
            }}
            aria-label={text.dismissAbout(n.key)}
          >
            {text.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
