// One way to drive a native <dialog> from state: open it as a modal when `isOpen` turns true, close it when false.
// The dialog itself handles Escape and traps focus; its 'close' event reports back through the caller's onClose.
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(isOpen: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return ref;
}
