import { describe, expect, it } from 'vitest';
import { pageKeyAction, searchKeyAction } from './keys.ts';

const press = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const onPage = { typing: false, at: -1, count: 0 };
/** Focus on the `at`-th of five term links. */
const inList = (at: number) => ({ typing: false, at, count: 5 });

describe('the glossary page’s keys', () => {
  it('"/" goes to the search box from anywhere but a text field', () => {
    expect(pageKeyAction(press('/'), onPage)).toEqual({ kind: 'search' });
    expect(pageKeyAction(press('/'), inList(2))).toEqual({ kind: 'search' });
    expect(pageKeyAction(press('/'), { ...onPage, typing: true })).toBeNull();
  });

  it('"/" with a modifier is left to the browser', () => {
    expect(pageKeyAction(press('/', { ctrlKey: true }), onPage)).toBeNull();
    expect(pageKeyAction(press('/', { metaKey: true }), onPage)).toBeNull();
    expect(pageKeyAction(press('/', { altKey: true }), onPage)).toBeNull();
  });

  it('arrows walk the list of terms', () => {
    expect(pageKeyAction(press('ArrowDown'), inList(0))).toEqual({ kind: 'term', index: 1 });
    expect(pageKeyAction(press('ArrowDown'), inList(3))).toEqual({ kind: 'term', index: 4 });
    expect(pageKeyAction(press('ArrowUp'), inList(4))).toEqual({ kind: 'term', index: 3 });
    expect(pageKeyAction(press('ArrowUp'), inList(1))).toEqual({ kind: 'term', index: 0 });
  });

  it('stops at the last term and goes back to the search box from the first', () => {
    expect(pageKeyAction(press('ArrowDown'), inList(4))).toBeNull();
    expect(pageKeyAction(press('ArrowUp'), inList(0))).toEqual({ kind: 'backToSearch' });
  });

  it('leaves arrows alone outside the list, and other keys in it', () => {
    expect(pageKeyAction(press('ArrowDown'), onPage)).toBeNull();
    expect(pageKeyAction(press('ArrowUp'), onPage)).toBeNull();
    expect(pageKeyAction(press('Enter'), inList(2))).toBeNull();
    expect(pageKeyAction(press('ArrowLeft'), inList(2))).toBeNull();
  });
});

describe('the glossary search box’s keys', () => {
  it('arrow down enters the results', () => {
    expect(searchKeyAction('ArrowDown', '')).toBe('enterResults');
    expect(searchKeyAction('ArrowDown', 'sgys')).toBe('enterResults');
  });

  it('Escape clears a query, and is left to the browser on an empty box', () => {
    expect(searchKeyAction('Escape', 'sgys')).toBe('clear');
    expect(searchKeyAction('Escape', '')).toBeNull();
  });

  it('ignores other keys', () => {
    expect(searchKeyAction('ArrowUp', 'sgys')).toBeNull();
    expect(searchKeyAction('a', 'sgys')).toBeNull();
  });
});
