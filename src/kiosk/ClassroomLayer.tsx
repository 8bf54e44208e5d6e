// Mounts the classroom features the URL asks for: kiosk mode (with its attract loop) and the link guard
// of allowLinks=false. The options are read once from the address bar; bad values were already reported.
import { useLinkGuard } from './useLinkGuard';
import { KioskMode } from './KioskMode';
import type { ClassroomOptions } from '../url/classroomParams';

export function ClassroomLayer({ options, onBackToStart }: { options: ClassroomOptions; onBackToStart: () => void }) {
  useLinkGuard(options.allowLinks);
  return options.isKiosk ? <KioskMode idleSeconds={options.idleSeconds} onBackToStart={onBackToStart} /> : null;
}
