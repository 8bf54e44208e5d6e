// Parameters whose name is a term a visitor may not know: their control gets a "What is …?" button
// (src/app/TermTip.tsx) beside the label, which keeps the control's own accessible name unchanged.
import type { ParamId } from '../../workers/common/params';
import type { GlossaryTerm } from '../i18n/text/glossary';

export const PARAM_TERMS: Partial<Record<ParamId, GlossaryTerm>> = {
  source: 'quantumDot',
  g2Zero: 'g2',
  meanPhotonNumber: 'laser',
  interferometerVisibility: 'interferometer',
  blockSizeBits: 'block',
};
