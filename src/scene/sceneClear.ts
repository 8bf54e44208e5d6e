// One call that empties the link scene between demonstrations (the kiosk's attract scenarios, a reset):
// photons in flight, detections still waiting on either side and detector flashes. The scene's parts register here.
type Clearer = () => void;

const clearers = new Set<Clearer>();

/** Registers a part of the scene to clear; returns the function that unregisters it. */
export function onClearLinkScene(clear: Clearer): () => void {
  clearers.add(clear);
  return () => {
    clearers.delete(clear);
  };
}

/**
 * Clears everything the link scene shows or still holds from the run before, so a new scenario starts on an
 * empty link (a run's Reset or Start does this by itself; call it when the link changes without either).
 */
export function clearLinkScene(): void {
  for (const clear of clearers) {
    try {
      clear();
    } catch (err) {
      console.error('Clearing the link scene failed:', err);
    } // a view must not stop the caller
  }
}
