// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type KeyLike, tooltipAction } from './tooltip-keys.ts';

const key = (k: string, change: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isTrusted: true,
  target: document.body,
  ...change,
});

describe('tooltipAction', () => {
  it('maps N, O, S and M in either case', () => {
    expect(['n', 'o', 's', 'm', 'N', 'S'].map((k) => tooltipAction(key(k)))).toEqual([
      'next',
      'open',
      'save',
      'more',
      'next',
      'save',
    ]);
  });

  it('leaves other keys, chords, IME input and synthetic events to the page', () => {
    expect(tooltipAction(key('x'))).toBeNull();
    expect(tooltipAction(key('Escape'))).toBeNull();
    expect(tooltipAction(key('s', { ctrlKey: true }))).toBeNull();
    expect(tooltipAction(key('s', { metaKey: true }))).toBeNull();
    expect(tooltipAction(key('s', { altKey: true }))).toBeNull();
    expect(tooltipAction(key('s', { isComposing: true }))).toBeNull();
    expect(tooltipAction(key('s', { isTrusted: false }))).toBeNull();
  });

  it('leaves typing in fields and editable text alone', () => {
    const input = document.createElement('input');
    const area = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inner = document.createElement('span');
    editable.append(inner);
    document.body.append(input, area, editable);
    for (const target of [input, area, inner])
      expect(tooltipAction(key('s', { target }))).toBeNull();
  });
});
