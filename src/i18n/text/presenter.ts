// Text of the presenter-view toggle in the page header (large type for a classroom projector).
// English and German side by side.
import { defineText } from '../defineText';

export const presenterText = defineText({
  en: {
    toggle: 'Presenter view',
    hint: 'Large type for the readouts and plots, for a projector',
  },
  de: {
    toggle: 'Präsentationsansicht',
    hint: 'Große Schrift für Messwerte und Diagramme, für einen Beamer',
  },
});
