// The honesty panel: what a visitor should not conclude from this simulation, in plain words. Static
// text (src/i18n/text/panels.ts), always visible near the plots, so the lab never oversells what quantum key
// distribution proves.
import { HONESTY_POINTS, panelsText } from '../i18n/text/panels';
import { useText } from '../i18n/useText';

export function HonestyPanel() {
  const text = useText(panelsText);
  return (
    <section className="panel honesty" aria-labelledby="honesty-title">
      <h2 id="honesty-title">{text.honestyTitle}</h2>
      <ul className="honesty-list">
        {HONESTY_POINTS.map((id) => (
          <li key={id}>
            <strong>{text.pointTitles[id]}</strong> {text.pointTexts[id]}
          </li>
        ))}
      </ul>
    </section>
  );
}
