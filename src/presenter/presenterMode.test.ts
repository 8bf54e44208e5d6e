// Tests of the presenter flag: read from the URL (bad values reported by name), written back without
// disturbing the other keys, and held in its store.
import { describe, expect, it } from 'vitest';
import { createPresenterStore, presenterFromQuery, withPresenter } from './presenterMode';

describe('presenter mode', () => {
  it('reads ?presenter= and names a bad value', () => {
    expect(presenterFromQuery('?seed=1')).toEqual({ isPresenter: false, issue: null });
    expect(presenterFromQuery('?presenter=1').isPresenter).toBe(true);
    expect(presenterFromQuery('?presenter=0').isPresenter).toBe(false);
    const bad = presenterFromQuery('?presenter=big');
    expect(bad.isPresenter).toBe(false);
    expect(bad.issue?.detail).toEqual({ code: 'bad-flag', key: 'presenter', raw: 'big' });
  });

  it('writes the flag and keeps other keys', () => {
    expect(withPresenter('?seed=3&preset=ideal-classroom', true)).toBe('?seed=3&preset=ideal-classroom&presenter=1');
    expect(withPresenter('?seed=3&presenter=1', false)).toBe('?seed=3');
    expect(withPresenter('?presenter=1', false)).toBe('');
  });

  it('holds the flag in a store', () => {
    const store = createPresenterStore(false);
    store.getState().setPresenter(true);
    expect(store.getState().isPresenter).toBe(true);
  });
});

describe('presenterFromQuery and repeated keys', () => {
  it('uses no value of a repeated presenter key', () => {
    expect(presenterFromQuery('?presenter=1&presenter=1')).toEqual({ isPresenter: false, issue: null });
  });
});
