// Refuses to run QKD Lab inside a frame of another origin (clickjacking), for hosts that do not send the
// frame-ancestors header: imported first by main.tsx, it replaces the page with a link out and stops the app.
// Part of the bundle, not an inline script, so the CSP (no inline script) holds.
import { LOCALE_TAGS, localeFromQuery } from '../i18n/locale';
import { noticesText } from '../i18n/text/notices';

/** True when this page is framed by a page of another origin (or a sandboxed frame with an opaque origin). */
export function isFramedCrossOrigin(win: Window = window): boolean {
  if (win.top === win.self) return false;
  try {
    // Reading a cross-origin top's location throws; a sandboxed frame's own origin is "null".
    return win.top?.location.origin !== win.location.origin || win.location.origin === 'null';
  } catch {
    return true;
  }
}

/** Replaces the page with a short explanation and a link that opens QKD Lab in its own tab. */
function showRefusal(doc: Document, href: string): void {
  const locale = localeFromQuery(doc.location.search).locale;
  const text = noticesText[locale];
  doc.documentElement.lang = LOCALE_TAGS[locale];
  const main = doc.createElement('main');
  main.className = 'framed-refusal';
  const p = doc.createElement('p');
  p.textContent = text.framed;
  const a = doc.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = text.openOwnTab;
  main.append(p, a);
  doc.body.replaceChildren(main);
}

if (typeof window !== 'undefined' && isFramedCrossOrigin()) {
  showRefusal(document, window.location.href);
  // Stops the module graph here: main.tsx's body (store, workers, React) never runs in the frame.
  throw new Error('QKD Lab does not run inside a frame of another site');
}
