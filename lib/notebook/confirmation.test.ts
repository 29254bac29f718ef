import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ConfirmationProps, createConfirmation } from './confirmation.ts';

/** A confirmation whose view records what it was told; messages answer when the test says. */
function setup() {
  const shown: ConfirmationProps[] = [];
  let hidden = 0;
  const replies: { resolve(value: unknown): void }[] = [];
  const pending = <T>() =>
    new Promise<T>((resolve) => replies.push({ resolve: resolve as (v: unknown) => void }));
  const deps = {
    show: (props: ConfirmationProps) => void shown.push(props),
    hide: () => void hidden++,
    updateNote: vi.fn((_id: number, _note: string) => pending<{ ok: true } | { error: string }>()),
    remove: vi.fn((_id: number) => pending<{ deleted: boolean } | { error: string }>()),
    noteSaved: vi.fn(),
    removed: vi.fn(),
  };
  const confirmation = createConfirmation(deps);
  return {
    confirmation,
    deps,
    last: () => shown.at(-1) as ConfirmationProps,
    hiddenCount: () => hidden,
    /** Answers the oldest message still out, then lets its continuation run. */
    async reply(value: unknown) {
      replies.shift()?.resolve(value);
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the save confirmation', () => {
  it('shows a save and hides it after six seconds, not before', () => {
    const c = setup();
    c.confirmation.saved(7, '坚持稳中求进');
    expect(c.last().state).toEqual({ kind: 'saved', exact: '坚持稳中求进', note: '' });
    vi.advanceTimersByTime(5_999);
    expect(c.hiddenCount()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(c.hiddenCount()).toBe(1);
  });

  it('stays while the reader holds it, and gets six seconds again when they let go', () => {
    const c = setup();
    c.confirmation.saved(7, '坚持稳中求进');
    vi.advanceTimersByTime(5_000);
    c.last().onHold(true);
    vi.advanceTimersByTime(60_000);
    expect(c.hiddenCount()).toBe(0);
    c.last().onHold(false);
    vi.advanceTimersByTime(5_999);
    expect(c.hiddenCount()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(c.hiddenCount()).toBe(1);
  });

  it('a second save restarts the clock', () => {
    const c = setup();
    c.confirmation.saved(1, '甲');
    vi.advanceTimersByTime(4_000);
    c.confirmation.saved(2, '乙');
    vi.advanceTimersByTime(4_000);
    expect(c.hiddenCount()).toBe(0);
    expect(c.last().state).toMatchObject({ kind: 'saved', exact: '乙' });
  });

  it('saves a note: busy while the message is out, then the trimmed note, and the mark is told', async () => {
    const c = setup();
    c.confirmation.saved(7, '坚持稳中求进');
    c.last().onHold(true);
    c.last().onSaveNote('  引用  ');
    expect(c.deps.updateNote).toHaveBeenCalledWith(7, '  引用  ');
    expect(c.last().state).toMatchObject({ kind: 'saved', busy: true });
    await c.reply({ ok: true });
    expect(c.last().state).toEqual({ kind: 'saved', exact: '坚持稳中求进', note: '引用' });
    expect(c.deps.noteSaved).toHaveBeenCalledWith(7, '引用');
    // Saving the note released the hold: the box hides on its own again.
    await vi.advanceTimersByTimeAsync(6_000);
    expect(c.hiddenCount()).toBe(1);
  });

  it('keeps the box and says why when the note could not be saved', async () => {
    const c = setup();
    c.confirmation.saved(7, '坚持稳中求进');
    c.last().onSaveNote('引用');
    await c.reply({ error: 'disk full' });
    expect(c.last().state).toEqual({
      kind: 'saved',
      exact: '坚持稳中求进',
      note: '',
      busy: false,
      error: 'pageNoteFailed',
    });
    expect(c.deps.noteSaved).not.toHaveBeenCalled();
  });

  it('ignores a late note reply once another save took the box', async () => {
    const c = setup();
    c.confirmation.saved(1, '甲');
    c.last().onSaveNote('笔记');
    c.confirmation.saved(2, '乙');
    await c.reply({ ok: true });
    expect(c.last().state).toEqual({ kind: 'saved', exact: '乙', note: '' });
  });

  it('undoes a save: unmarks it, says "undone" and hides after two seconds', async () => {
    const c = setup();
    c.confirmation.saved(7, '坚持稳中求进');
    c.last().onUndo();
    expect(c.deps.remove).toHaveBeenCalledWith(7);
    expect(c.last().state).toMatchObject({ busy: true });
    await c.reply({ deleted: true });
    expect(c.deps.removed).toHaveBeenCalledWith(7);
    expect(c.last().state).toEqual({ kind: 'undone' });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(c.hiddenCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(c.hiddenCount()).toBe(1);
  });

  it('keeps the save when undo fails, and says so', async () => {
    const c = setup();
    c.confirmation.saved(7, '坚持稳中求进');
    c.last().onUndo();
    await c.reply({ error: 'locked' });
    expect(c.deps.removed).not.toHaveBeenCalled();
    expect(c.last().state).toMatchObject({ kind: 'saved', busy: false, error: 'pageUndoFailed' });
  });

  it('offers neither note nor undo on a failure, and keeps the passage to copy', () => {
    const c = setup();
    c.confirmation.failed('could not save', '坚持稳中求进');
    expect(c.last().state).toEqual({
      kind: 'failed',
      error: 'could not save',
      exact: '坚持稳中求进',
    });
    c.last().onUndo();
    c.last().onSaveNote('x');
    expect(c.deps.remove).not.toHaveBeenCalled();
    expect(c.deps.updateNote).not.toHaveBeenCalled();
  });

  it('closing cancels the pending hide', () => {
    const c = setup();
    c.confirmation.saved(7, '坚持稳中求进');
    c.last().onClose();
    expect(c.hiddenCount()).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(c.hiddenCount()).toBe(1);
  });
});
