// Where the network view sits on the page: a closed drawer with its heading, so the map, its code and its worker
// load only when someone opens it (the first screen stays as light as before).
import { lazy, Suspense, useId, useState } from 'react';
import { networkText } from '../i18n/text/network';
import { useText } from '../i18n/useText';
import { readNetworkHash } from './networkUrl';

const NetworkPanel = lazy(() => import('./NetworkPanel'));

export function NetworkSlot() {
  const text = useText(networkText);
  const id = useId();
  // Open from the start when the address names a network (a reload after editing, a bookmark).
  const [open, setOpen] = useState(() => readNetworkHash(window.location.hash) !== null);
  return (
    <section className="panel network-slot" id="network" aria-labelledby={id}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id={id}>{text.title}</h2>
        </summary>
        {open && (
          <Suspense fallback={<p className="muted">{text.computing}</p>}>
            <NetworkPanel />
          </Suspense>
        )}
      </details>
    </section>
  );
}
