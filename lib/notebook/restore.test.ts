// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describe as describeRange } from '../dom/anchoring.ts';
import { anchorAndRetry, anchorExcerpts, anchorReport } from './restore.ts';

function selectorsOf(quote: string) {
  const text = document.body.firstElementChild?.firstChild as Text;
  const at = text.data.indexOf(quote);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + quote.length);
  return describeRange(document.body, range);
}

describe('anchorExcerpts', () => {
  it('finds what is still there and keeps the rest as orphans', () => {
    document.body.innerHTML =
      '<p>要深刻领悟“两个确立”的决定性意义，坚持稳中求进。把全面提高人才自主培养质量作为主攻方向。</p>';
    const kept = { id: 1, note: 'n', ...selectorsOf('坚持稳中求进') };
    const edited = { id: 2, note: '', ...selectorsOf('把全面提高人才自主培养质量作为主攻方向') };
    const removed = { id: 3, note: '', ...selectorsOf('要深刻领悟“两个确立”的决定性意义') };
    document.body.innerHTML =
      '<p>据报道，坚持稳中求进。把全面提高人才自主培养的质量作为主攻方向。</p>';

    const result = anchorExcerpts(document.body, [kept, edited, removed]);
    expect(result.found.map((f) => [f.excerpt.id, f.range.toString()])).toEqual([
      [1, '坚持稳中求进'],
      [2, '把全面提高人才自主培养的质量作为主攻方向'],
    ]);
    expect(result.orphans.map((o) => o.id)).toEqual([3]);
    expect(anchorReport(result)).toEqual([
      // Its context and position both changed: found by the scored match, not by context.
      { id: 1, status: 'found', method: 'fuzzy' },
      { id: 2, status: 'found', method: 'fuzzy' },
      { id: 3, status: 'orphan' },
    ]);
  });
});

describe('anchorAndRetry', () => {
  afterEach(() => vi.useRealTimers());

  /** An excerpt saved from a page that held `quote`, and a page that does not hold it yet. */
  function lateContent(quote: string) {
    document.body.innerHTML = `<p>${quote}</p>`;
    const excerpt = { id: 9, note: '', ...selectorsOf(quote) };
    document.body.innerHTML = '<p>正在加载</p>';
    return excerpt;
  }

  function retrying(
    excerpt: ReturnType<typeof lateContent>,
    signal = new AbortController().signal,
  ) {
    const found: number[] = [];
    const reports: unknown[] = [];
    anchorAndRetry(document.body, [excerpt], {
      found: (a) => void found.push(a.excerpt.id),
      report: (r) => void reports.push(r),
      signal,
    });
    return { found, reports };
  }

  const settle = () => vi.advanceTimersByTimeAsync(0);

  it('finds a passage that arrives later, one quiet second after the page changed', async () => {
    vi.useFakeTimers();
    const run = retrying(lateContent('坚持稳中求进，推动高质量发展'));
    expect(run.reports).toEqual([[{ id: 9, status: 'orphan' }]]);
    document.body.insertAdjacentHTML('beforeend', '<p>坚持稳中求进，推动高质量发展</p>');
    await settle();
    await vi.advanceTimersByTimeAsync(999);
    expect(run.found).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(run.found).toEqual([9]);
    expect(run.reports).toHaveLength(2);
  });

  it('waits while the page keeps changing', async () => {
    vi.useFakeTimers();
    const run = retrying(lateContent('坚持稳中求进，推动高质量发展'));
    for (let i = 0; i < 5; i++) {
      document.body.insertAdjacentHTML('beforeend', `<p>第${i}段</p>`);
      await settle();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(run.reports).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(run.reports).toHaveLength(2);
  });

  it('gives up after five retries on a page that never brings the passage', async () => {
    vi.useFakeTimers();
    const run = retrying(lateContent('坚持稳中求进，推动高质量发展'));
    for (let i = 0; i < 8; i++) {
      document.body.insertAdjacentHTML('beforeend', `<p>第${i}段</p>`);
      await settle();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    // The first attempt and five retries.
    expect(run.reports).toHaveLength(6);
    expect(run.found).toEqual([]);
  });

  it('stops when aborted (the content script was unloaded)', async () => {
    vi.useFakeTimers();
    const abort = new AbortController();
    const run = retrying(lateContent('坚持稳中求进，推动高质量发展'), abort.signal);
    document.body.insertAdjacentHTML('beforeend', '<p>坚持稳中求进，推动高质量发展</p>');
    await settle();
    abort.abort();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run.reports).toHaveLength(1);
  });
});
