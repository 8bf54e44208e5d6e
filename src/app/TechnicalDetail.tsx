// The raw text of an unexpected error, on its own line under a message in the page's language: labelled in
// that language, the text itself marked translate="no" and lang="en" (the program's English, for a bug report).
import { faultText } from '../i18n/text/faults';
import { useText } from '../i18n/useText';

export function TechnicalDetail({ detail }: { detail: string | null }) {
  const t = useText(faultText);
  if (!detail) return null;
  return (
    <span className="technical-detail">
      {t.technicalDetail}{' '}
      <code translate="no" lang="en">
        {detail}
      </code>
    </span>
  );
}
