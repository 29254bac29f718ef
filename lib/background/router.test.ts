import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from './handlers.ts';
import { routeMessage } from './router.ts';

function fakeHandlers(): Handlers {
  return {
    'glossary/index': vi.fn(async () => ({
      hash: 'h',
      ids: [],
      categories: [],
      patterns: [],
      fold: '',
    })),
    'glossary/term': vi.fn(async () => null),
    'excerpt/save': vi.fn(async () => ({ id: 1 })),
    'excerpt/forPage': vi.fn(async () => []),
    'ui/open': vi.fn(async () => ({ opened: true })),
  } as unknown as Handlers;
}

describe('routeMessage', () => {
  it('answers a valid request from this extension', async () => {
    const handlers = fakeHandlers();
    const reply = routeMessage(handlers, 'me', { type: 'glossary/term', id: 'x' }, { id: 'me' });
    expect(reply).toBeInstanceOf(Promise);
    await reply;
    expect(handlers['glossary/term']).toHaveBeenCalledWith({ type: 'glossary/term', id: 'x' });
  });

  it('ignores messages from other extensions', () => {
    const handlers = fakeHandlers();
    expect(
      routeMessage(handlers, 'me', { type: 'glossary/index' }, { id: 'other' }),
    ).toBeUndefined();
    expect(handlers['glossary/index']).not.toHaveBeenCalled();
  });

  it('ignores malformed and unknown messages', () => {
    const handlers = fakeHandlers();
    for (const message of [
      null,
      'glossary/index',
      { type: 'glossary/term' },
      { type: 'glossary/term', id: 42 },
      { type: 'glossary/term', id: 'x'.repeat(1000) },
      { type: 'excerpt/save', excerpt: { exact: 'a' } },
      { type: 'db/drop' },
    ]) {
      expect(routeMessage(handlers, 'me', message, { id: 'me' })).toBeUndefined();
    }
    expect(
      Object.values(handlers).every(
        (fn) => !(fn as unknown as { mock: { calls: [] } }).mock.calls.length,
      ),
    ).toBe(true);
  });
});
