// Dismissible notices at the top of the page, e.g. a URL value that was not used because it is out of
// range; each names the parameter and its allowed range.
import { useAppState } from '../store/useAppState';

export function NoticeList() {
  const notices = useAppState((s) => s.notices);
  const dismissNotice = useAppState((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="alert">
          <p>{n.text}</p>
          <button type="button" className="button small" onClick={() => dismissNotice(n.id)} aria-label={`Dismiss message about ${n.key}`}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
