// The worker's service and the page's client over a real MessageChannel: messages are
// structured-cloned as they are between a page and a Web Worker.
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltGlossary } from '../glossary-build/built.ts';
import { createExtractionClient } from './client.ts';
import { answerExtraction, type MessageEndpoint, serveExtraction } from './worker.ts';

const { index } = readBuiltGlossary();
const ports: MessagePort[] = [];

function connect() {
  const channel = new MessageChannel();
  ports.push(channel.port1, channel.port2);
  serveExtraction(channel.port2 as unknown as MessageEndpoint);
  return createExtractionClient(channel.port1 as unknown as MessageEndpoint);
}

afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

describe('extraction worker and client', () => {
  it('answers each request with its own candidates, in either order of arrival', async () => {
    const client = connect();
    const [a, b] = await Promise.all([
      client.extract([{ id: 'a', text: '深刻领悟“两个确立”。' }], index),
      client.extract([{ id: 'b', text: '推进“数智校园”建设。' }], null),
    ]);
    expect(a.map((c) => [c.term, c.known, c.documents])).toEqual([
      ['两个确立', 'liang-ge-que-li', ['a']],
    ]);
    expect(b.map((c) => [c.term, c.known, c.sentences])).toEqual([
      ['数智校园', null, [{ document: 'b', text: '推进“数智校园”建设。' }]],
    ]);
  });

  it('rejects a malformed request with the reason', async () => {
    const client = connect();
    const bad = client.extract([{ id: 'a' } as never], null);
    await expect(bad).rejects.toThrow(
      'extraction failed: each document needs a string id and text',
    );
  });

  it('rejects what is still waiting when closed', async () => {
    const client = connect();
    const pending = client.extract([{ id: 'a', text: '“双减”' }], null);
    client.close();
    await expect(pending).rejects.toThrow('extraction stopped');
  });
});

describe('answerExtraction', () => {
  it('says what is wrong with a message that is not a request', () => {
    expect(answerExtraction('hello')).toEqual({
      id: -1,
      ok: false,
      error: 'not an extraction request',
    });
    expect(answerExtraction({ id: 3, documents: [], index: 'x' })).toEqual({
      id: 3,
      ok: false,
      error: 'index must be a match index or null',
    });
  });
});
