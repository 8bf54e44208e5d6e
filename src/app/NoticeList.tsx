// Dismissible notices at the top of the page, e.g. a URL value that was not used because it is out of
// range; each names the parameter and its allowed range, worded in the page's language from its code.
import { linkNoticeText, noticesText } from '../i18n/text/notices';
import { useLocale } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

export function NoticeList() {
  const notices = useAppState((s) => s.notices);
  const dismissNotice = useAppState((s) => s.dismissNotice);
  const locale = useLocale();
  const text = noticesText[locale];
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="alert">
          <p>{n.detail ? linkNoticeText(n.detail, locale) : n.text}</p>
          <button type="button" className="button small" onClick={() => dismissNotice(n.id)} aria-label={text.dismissAbout(n.key)}>
            {text.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
