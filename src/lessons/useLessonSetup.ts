// Opening a lesson: end any run, load the classroom link with the lesson's own settings, and write
// ?lesson=<id> into the address bar so the page can be shared (urlSync keeps the key as it is).
import { useCallback } from 'react';
import { useRunController } from '../engine/enginesContext';
import type { LinkParams, ParamId } from '../../workers/common/params';
import { useAppStore } from '../store/useAppState';
import type { Lesson } from './lessons';

export function writeLessonToUrl(id: string | null, win: Window = window): void {
  const query = new URLSearchParams(win.location.search);
  if (id) query.set('lesson', id);
  else query.delete('lesson');
  win.history.replaceState(win.history.state, '', `${win.location.pathname}?${query.toString()}${win.location.hash}`);
}

export function useLessonSetup(): (lesson: Lesson) => void {
  const store = useAppStore();
  const controller = useRunController();
  return useCallback(
    (lesson: Lesson) => {
      controller.reset();
      const state = store.getState();
      state.applyPreset('ideal-classroom');
      for (const [id, value] of Object.entries(lesson.setup) as [ParamId, LinkParams[ParamId]][])
        state.setParam(id, value);
      writeLessonToUrl(lesson.id);
    },
    [store, controller],
  );
}
