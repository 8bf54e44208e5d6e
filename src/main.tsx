// Entry point of the QKD Lab web app: mounts the React tree into #root.
// All simulation work happens in Web Workers (src/engine); this file only starts the UI.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return <main><h1>QKD Lab</h1></main>;
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
