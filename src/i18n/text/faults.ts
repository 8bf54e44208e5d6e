// Text around faults the page cannot word from a code: the label in front of an unexpected error's own text,
// which stays as it was thrown (a technical detail for a bug report, marked as not to be translated).
import { defineText } from '../defineText';

export const faultText = defineText({
  en: {
    technicalDetail: 'Technical detail:',
  },
  de: {
    technicalDetail: 'Technische Angabe:',
  },
  zh: {
    technicalDetail: '技术细节：',
  },
});

/** A message in the page's language, and the raw text of an unexpected error (null when the message says it all). */
export interface FaultText {
  text: string;
  detail: string | null;
}
