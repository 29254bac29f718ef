import fc from 'fast-check';
import { describe, expect, it, type Mock, vi } from 'vitest';
import { parseRequest, RequestSchema, type RequestType } from '../messaging.ts';
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
    'glossary/warm': vi.fn(async () => ({ ok: true })),
    'glossary/term': vi.fn(async () => null),
    'excerpt/save': vi.fn(async () => ({ id: 1 })),
    'excerpt/forPage': vi.fn(async () => []),
    'excerpt/update': vi.fn(async () => ({ ok: true })),
    'excerpt/delete': vi.fn(async () => ({ deleted: true })),
    'excerpt/anchored': vi.fn(async () => ({ updated: 0 })),
    'document/add': vi.fn(async () => ({ id: 'my-1', title: 't' })),
    'myterms/changed': vi.fn(async () => ({ tabs: 0 })),
    'ui/open': vi.fn(async () => ({ opened: true })),
  } as unknown as Handlers;
}

describe('routeMessage', () => {
  it('answers a valid request from this extension', async () => {
    const handlers = fakeHandlers();
    const request = { type: 'glossary/term', id: 'x', script: 'hk' };
    const reply = routeMessage(handlers, 'me', request, { id: 'me' });
    expect(reply).toBeInstanceOf(Promise);
    await reply;
    expect(handlers['glossary/term']).toHaveBeenCalledWith(request);
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

// Every request type of the contract with one valid example: the router must pass each to its
// handler, and must refuse each once a field is wrong, missing, too long or of the wrong type.
const VALID: Record<RequestType, Record<string, unknown>> = {
  'glossary/index': { type: 'glossary/index' },
  'glossary/warm': { type: 'glossary/warm', script: 'hk' },
  'glossary/term': { type: 'glossary/term', id: 'lide-shuren', script: 'simplified' },
  'excerpt/save': {
    type: 'excerpt/save',
    excerpt: {
      exact: '立德树人',
      prefix: '落实',
      suffix: '根本任务',
      start: 2,
      end: 6,
      url: 'https://example.org/a',
      title: 't',
      terms: ['lide-shuren'],
    },
  },
  'excerpt/forPage': { type: 'excerpt/forPage', url: 'https://example.org/a' },
  'excerpt/update': { type: 'excerpt/update', id: 3, note: 'n', tags: ['a'] },
  'excerpt/delete': { type: 'excerpt/delete', id: 3 },
  'excerpt/anchored': {
    type: 'excerpt/anchored',
    url: 'https://example.org/a',
    results: [{ id: 3, status: 'found', method: 'quote' }],
  },
  'document/add': {
    type: 'document/add',
    doc: {
      format: 'page',
      origin: 'https://example.org/a',
      meta: {
        title: '通知',
        issuer: '',
        date: '2024-03-05',
        docNumber: '',
        source: 'https://example.org/a',
        script: 'simplified',
      },
      text: '通知\n\n落实立德树人根本任务。',
      blocks: [
        { kind: 'heading', start: 0, end: 2 },
        { kind: 'paragraph', start: 4, end: 15 },
      ],
    },
  },
  'myterms/changed': { type: 'myterms/changed' },
  'ui/open': { type: 'ui/open', page: 'glossary', id: 'x' },
};
const validDoc = VALID['document/add'].doc as { meta: object; blocks: object[] };

/** Wrong versions of each valid request: one field broken at a time. */
const INVALID: Record<RequestType, Record<string, unknown>[]> = {
  'glossary/index': [{ type: 'glossary/Index' }, { type: ['glossary/index'] }],
  'glossary/warm': [{ type: 'glossary/warm' }, { type: 'glossary/warm', script: 'traditional' }],
  'glossary/term': [
    { type: 'glossary/term', id: null, script: 'tw' },
    { type: 'glossary/term', id: ['x'], script: 'tw' },
    { type: 'glossary/term', id: 'x' },
    { type: 'glossary/term', id: 'x', script: 'traditional' },
    { type: 'glossary/term', id: 'x', script: 'TW' },
  ],
  'excerpt/save': [
    { type: 'excerpt/save' },
    { type: 'excerpt/save', excerpt: 'text' },
    ...['exact', 'prefix', 'suffix', 'url', 'title', 'terms', 'start', 'end'].map((key) => ({
      type: 'excerpt/save',
      excerpt: { ...(VALID['excerpt/save'].excerpt as object), [key]: undefined },
    })),
    ...[-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2'].map((start) => ({
      type: 'excerpt/save',
      excerpt: { ...(VALID['excerpt/save'].excerpt as object), start },
    })),
    {
      type: 'excerpt/save',
      excerpt: { ...(VALID['excerpt/save'].excerpt as object), exact: 'x'.repeat(20_001) },
    },
    {
      type: 'excerpt/save',
      excerpt: { ...(VALID['excerpt/save'].excerpt as object), terms: Array(501).fill('t') },
    },
    {
      type: 'excerpt/save',
      excerpt: { ...(VALID['excerpt/save'].excerpt as object), terms: [1] },
    },
  ],
  'excerpt/forPage': [
    { type: 'excerpt/forPage' },
    { type: 'excerpt/forPage', url: 'x'.repeat(4_001) },
  ],
  'excerpt/update': [
    { type: 'excerpt/update', id: 0 },
    { type: 'excerpt/update', id: '3' },
    { type: 'excerpt/update', id: 3, note: 'x'.repeat(10_001) },
    { type: 'excerpt/update', id: 3, tags: 'a' },
    { type: 'excerpt/update', id: 3, tags: Array(51).fill('a') },
  ],
  'excerpt/delete': [{ type: 'excerpt/delete' }, { type: 'excerpt/delete', id: -3 }],
  'excerpt/anchored': [
    { type: 'excerpt/anchored', url: 'u', results: [{ id: 3, status: 'lost' }] },
    { type: 'excerpt/anchored', url: 'u', results: [{ id: 3, status: 'found', method: 'guess' }] },
    { type: 'excerpt/anchored', url: 'u', results: {} },
  ],
  'document/add': [
    { type: 'document/add' },
    { type: 'document/add', doc: { ...validDoc, text: '' } },
    { type: 'document/add', doc: { ...validDoc, format: 'exe' } },
    { type: 'document/add', doc: { ...validDoc, meta: { ...validDoc.meta, title: '' } } },
    { type: 'document/add', doc: { ...validDoc, meta: { ...validDoc.meta, date: '2024年' } } },
    { type: 'document/add', doc: { ...validDoc, blocks: [] } },
    // Blocks past the end of the text, or out of order.
    {
      type: 'document/add',
      doc: { ...validDoc, blocks: [{ kind: 'paragraph', start: 4, end: 99 }] },
    },
    { type: 'document/add', doc: { ...validDoc, blocks: [...validDoc.blocks].reverse() } },
  ],
  'myterms/changed': [{ type: 'myterms/Changed' }, { type: 'myterms' }],
  'ui/open': [
    { type: 'ui/open', page: 'chrome://settings' },
    { type: 'ui/open', page: '../popup' },
    { type: 'ui/open', page: 'glossary', id: 'x'.repeat(201) },
  ],
};

describe('routeMessage, the whole contract', () => {
  const types = RequestSchema.options.map((option) => option.entries.type.literal);

  it('has an example for every request type the schema declares', () => {
    expect(Object.keys(VALID).sort()).toEqual([...types].sort());
    expect(Object.keys(INVALID).sort()).toEqual([...types].sort());
  });

  it.each(types)('passes a valid %s request to its handler only', async (type) => {
    const handlers = fakeHandlers();
    await routeMessage(handlers, 'me', VALID[type], { id: 'me' });
    for (const [name, fn] of Object.entries(handlers)) {
      expect(calls(fn), name).toBe(name === type ? 1 : 0);
    }
  });

  it.each(types)('refuses every broken %s request', (type) => {
    const handlers = fakeHandlers();
    for (const message of INVALID[type]) {
      expect(routeMessage(handlers, 'me', message, { id: 'me' }), JSON.stringify(message)).toBe(
        undefined,
      );
    }
    expect(Object.values(handlers).map(calls)).toEqual(Object.values(handlers).map(() => 0));
  });

  it('hands the handler only the fields the schema knows', async () => {
    const handlers = fakeHandlers();
    const message = JSON.parse(
      '{"type":"excerpt/delete","id":3,"where":"1=1","__proto__":{"admin":true}}',
    ) as unknown;
    await routeMessage(handlers, 'me', message, { id: 'me' });
    const [request] = (handlers['excerpt/delete'] as unknown as Mock).mock.calls[0] as [object];
    expect(request).toEqual({ type: 'excerpt/delete', id: 3 });
    expect(Object.getPrototypeOf(request)).toBe(Object.prototype);
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  it('ignores senders without an id or with a look-alike id', () => {
    const handlers = fakeHandlers();
    for (const sender of [{}, { id: undefined }, { id: '' }, { id: 'me ' }, { id: 'ME' }]) {
      expect(routeMessage(handlers, 'me', VALID['glossary/index'], sender)).toBeUndefined();
    }
    expect(calls(handlers['glossary/index'])).toBe(0);
  });

  it('never throws and never calls a handler for arbitrary JSON', () => {
    const handlers = fakeHandlers();
    let valid = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc
            .record({ type: fc.constantFrom(...types) }, { requiredKeys: [] })
            .chain((base) =>
              fc.dictionary(fc.string(), fc.jsonValue()).map((rest) => ({ ...rest, ...base })),
            ),
        ),
        (message) => {
          const ok = parseRequest(message) !== undefined;
          if (ok) valid++;
          const reply = routeMessage(handlers, 'me', message, { id: 'me' });
          expect(reply === undefined).toBe(!ok);
        },
      ),
      { numRuns: 2_000 },
    );
    // One handler call per valid message, none for the rest (and some were valid).
    const handled = Object.values(handlers).reduce((n, fn) => n + calls(fn), 0);
    expect(valid).toBeGreaterThan(0);
    expect(handled).toBe(valid);
  });

  it('logs each kind of refusal once, not once per message', async () => {
    vi.resetModules();
    const { routeMessage: fresh } = await import('./router.ts');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handlers = fakeHandlers();
    for (let i = 0; i < 50; i++) {
      fresh(handlers, 'me', VALID['glossary/index'], { id: 'evil' });
      fresh(handlers, 'me', { type: 'db/drop', n: i }, { id: 'me' });
      fresh(handlers, 'me', { type: 'page/terms' }, { id: 'me' });
    }
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

function calls(fn: unknown): number {
  return (fn as Mock).mock.calls.length;
}

describe('routeMessage, requests from content scripts', () => {
  const origin = 'chrome-extension://me/';
  const page = 'https://www.moe.gov.cn/a.html';
  const fromPage = { id: 'me', url: `${page}?utm_source=x#top` };

  it('lets a content script ask about its own page only', async () => {
    const handlers = fakeHandlers();
    for (const message of [
      { type: 'excerpt/forPage', url: 'https://other.example/' },
      { type: 'excerpt/anchored', url: 'https://other.example/', results: [] },
      {
        type: 'excerpt/save',
        excerpt: { ...(VALID['excerpt/save'].excerpt as object), url: 'https://other.example/' },
      },
      // A page cannot add itself, or anything, to the user's library,
      VALID['document/add'],
      // nor make every tab re-mark itself.
      VALID['myterms/changed'],
    ]) {
      expect(routeMessage(handlers, 'me', message, fromPage, origin)).toBeUndefined();
    }
    expect(Object.values(handlers).map(calls)).toEqual(Object.values(handlers).map(() => 0));
    await routeMessage(handlers, 'me', { type: 'excerpt/forPage', url: page }, fromPage, origin);
    expect(handlers['excerpt/forPage']).toHaveBeenCalledWith(
      { type: 'excerpt/forPage', url: page },
      { page },
    );
  });

  it('passes the page along, so edits are checked against it', async () => {
    const handlers = fakeHandlers();
    await routeMessage(handlers, 'me', VALID['excerpt/delete'], fromPage, origin);
    expect(handlers['excerpt/delete']).toHaveBeenCalledWith(VALID['excerpt/delete'], { page });
  });

  it('leaves extension pages unlimited', async () => {
    const handlers = fakeHandlers();
    const notebook = { id: 'me', url: `${origin}notebook.html` };
    const message = { type: 'excerpt/forPage', url: 'https://other.example/' };
    await routeMessage(handlers, 'me', message, notebook, origin);
    expect(handlers['excerpt/forPage']).toHaveBeenCalledWith(message);
  });
});
