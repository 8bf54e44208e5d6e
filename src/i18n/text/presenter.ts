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
  zh: {
    toggle: '演示视图',
    hint: '读数和图表使用大字号，适合投影仪',
  },
});
