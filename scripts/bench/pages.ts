// Bench pages: the seed documents laid out as a busy news site (navigation, header, sidebars,
// inline <a>/<b>/<span> inside paragraphs, tables, comments, repeated articles). Deterministic:
// a seeded PRNG picks every split and every layout choice, so each run serves the same bytes.
import type { GlossaryBundle, SeedDocument } from '../../lib/types.ts';

export interface BenchPage {
  name: string;
  path: string;
  html: string;
  /** Characters of text in the body (text nodes outside script/style). */
  textChars: number;
  /** Text nodes in the body, whitespace-only ones included. */
  textNodes: number;
  /** Infinite scroll: articles the page appends after load, one every `appendEveryMs`. */
  appends?: number;
  appendEveryMs?: number;
  /** Infinite scroll only: the page as it ends, every article in place from the start. */
  finalHtml?: string;
}

/** mulberry32: small, fast and good enough to pick layouts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Counts text as the browser will see it: every text node and its characters. */
class Html {
  parts: string[] = [];
  chars = 0;
  nodes = 0;
  text(s: string): this {
    if (s.length === 0) return this;
    this.parts.push(escapeHtml(s));
    this.chars += s.length;
    this.nodes++;
    return this;
  }
  tag(s: string): this {
    this.parts.push(s);
    return this;
  }
  get size(): number {
    return this.chars;
  }
}

function sentences(text: string): string[] {
  return text.match(/[^。！？；]+[。！？；]?/g) ?? [];
}

class Writer {
  private readonly docs: SeedDocument[];
  private readonly allSentences: string[];
  private articleNo = 0;

  constructor(
    bundle: GlossaryBundle,
    private readonly random: () => number,
  ) {
    this.docs = [...bundle.documents].sort((a, b) => a.id.localeCompare(b.id));
    this.allSentences = this.docs.flatMap((d) => sentences(d.text).map((s) => s.trim()));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  /** A paragraph with inline markup at random places, terms split across tags included. */
  inline(out: Html, text: string): void {
    let i = 0;
    while (i < text.length) {
      const plain = 20 + Math.floor(this.random() * 100);
      out.text(text.slice(i, i + plain));
      i += plain;
      if (i >= text.length) break;
      const inner = 2 + Math.floor(this.random() * 10);
      const piece = text.slice(i, i + inner);
      i += inner;
      const r = this.random();
      if (r < 0.35) out.tag(`<a href="/news/${this.articleNo}-${i}">`).text(piece).tag('</a>');
      else if (r < 0.6) out.tag('<b>').text(piece).tag('</b>');
      else if (r < 0.85) out.tag('<span class="hl">').text(piece).tag('</span>');
      else out.tag('<em>').text(piece).tag('</em>');
    }
  }

  nav(out: Html): void {
    const sections = [
      '首页',
      '要闻',
      '政策',
      '地方',
      '教育',
      '科技',
      '评论',
      '视频',
      '专题',
      '数据',
    ];
    out.tag('<header class="site"><div class="brand">').text('教育政策新闻网').tag('</div><nav>');
    for (const s of sections) out.tag('<a href="#">').text(s).tag('</a>');
    out.tag('</nav></header>');
  }

  sidebar(out: Html, items: number): void {
    out.tag('<aside class="side"><h3>').text('热点排行').tag('</h3><ol>');
    for (let i = 0; i < items; i++) {
      const doc = this.pick(this.docs);
      out.tag('<li><a href="#">').text(doc.title).tag('</a> <span class="count">');
      out.text(`${Math.floor(this.random() * 9000) + 100}`).tag('</span></li>');
    }
    out.tag('</ol></aside>');
  }

  table(out: Html): void {
    out.tag('<table class="data"><thead><tr>');
    for (const h of ['指标', '说明', '年份']) out.tag('<th>').text(h).tag('</th>');
    out.tag('</tr></thead><tbody>');
    const rows = 3 + Math.floor(this.random() * 5);
    for (let r = 0; r < rows; r++) {
      out
        .tag('<tr><td>')
        .text(`第${r + 1}项`)
        .tag('</td><td>');
      this.inline(out, this.pick(this.allSentences));
      out
        .tag('</td><td>')
        .text(`${2020 + Math.floor(this.random() * 6)}`)
        .tag('</td></tr>');
    }
    out.tag('</tbody></table>');
  }

  comments(out: Html): void {
    const count = 2 + Math.floor(this.random() * 6);
    out.tag('<section class="comments"><h4>').text(`网友评论（${count}）`).tag('</h4><ul>');
    for (let c = 0; c < count; c++) {
      out.tag('<li class="comment"><span class="author">').text(`读者${1000 + c}`);
      out.tag('</span> <time>').text('2025-06-01').tag('</time><p>');
      this.inline(out, this.pick(this.allSentences) + this.pick(this.allSentences));
      out.tag('</p><button>').text('回复').tag('</button></li>');
    }
    out.tag('</ul></section>');
  }

  /** One article from a seed document: its blocks in order, some extra markup around them. */
  article(out: Html): void {
    const doc = this.docs[this.articleNo % this.docs.length] as SeedDocument;
    this.articleNo++;
    const lang = doc.script === 'traditional' ? 'zh-Hant' : 'zh-Hans';
    out.tag(`<article lang="${lang}" id="a${this.articleNo}"><h2><a href="#">`);
    out.text(doc.title).tag('</a></h2><p class="byline"><span>').text(doc.issuer);
    out.tag('</span> · <time>').text(doc.date).tag('</time></p>');
    let list = false;
    for (const block of doc.blocks) {
      const text = doc.text.slice(block.start, block.end);
      if (block.kind !== 'list-item' && list) {
        out.tag('</ul>');
        list = false;
      }
      if (block.kind === 'heading') out.tag('<h3>').text(text).tag('</h3>');
      else if (block.kind === 'list-item') {
        if (!list) out.tag('<ul>');
        list = true;
        out.tag('<li>');
        this.inline(out, text);
        out.tag('</li>');
      } else {
        out.tag('<p>');
        this.inline(out, text);
        out.tag('</p>');
        if (this.random() < 0.08) this.table(out);
      }
    }
    if (list) out.tag('</ul>');
    out.tag('<div class="share"><a href="#">').text('分享').tag('</a><a href="#">');
    out.text('收藏').tag('</a></div>');
    this.comments(out);
    out.tag('</article>');
  }
}

const STYLE = `body{margin:0;font:16px/1.8 system-ui,'WenQuanYi Micro Hei',sans-serif;color:#222;background:#f6f7f9}
header.site{background:#8b0000;color:#fff;padding:10px 24px}header.site a{color:#fff;margin-right:14px}
main{display:grid;grid-template-columns:200px minmax(0,720px) 240px;gap:24px;max-width:1240px;margin:16px auto}
article{background:#fff;padding:16px 24px;margin-bottom:20px}.byline{color:#666;font-size:14px}
.hl{color:#8b0000}table.data{border-collapse:collapse}table.data td,table.data th{border:1px solid #ccc;padding:2px 6px}
.comments{font-size:14px;color:#444}.side{font-size:14px}footer{padding:24px;color:#666}`;

function shell(out: Html, random: () => number, writer: Writer, body: () => void): string {
  const head = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>教育政策新闻</title><style>${STYLE}</style></head><body>`;
  writer.nav(out);
  out.tag('<main>');
  writer.sidebar(out, 12);
  out.tag('<div class="articles">');
  body();
  out.tag('</div>');
  writer.sidebar(out, 20 + Math.floor(random() * 10));
  out
    .tag('</main><footer><p>')
    .text('版权所有 © 教育政策新闻网 · 京ICP备00000000号')
    .tag('</p></footer>');
  return `${head}${out.parts.join('')}`;
}

/** A static page with about `targetChars` characters of text. */
export function staticPage(bundle: GlossaryBundle, name: string, targetChars: number): BenchPage {
  const random = seededRandom(0x5eed ^ targetChars);
  const writer = new Writer(bundle, random);
  const out = new Html();
  let html = shell(out, random, writer, () => {
    do writer.article(out);
    while (out.size < targetChars);
  });
  html += '</body></html>';
  return { name, path: `/bench/${name}.html`, html, textChars: out.chars, textNodes: out.nodes };
}

/**
 * Infinite scroll: a small page that appends one article every `everyMs` for `count` articles.
 * The articles' HTML is inlined as JSON so the page needs no network.
 */
export function infinitePage(
  bundle: GlossaryBundle,
  name: string,
  count: number,
  everyMs: number,
): BenchPage {
  const random = seededRandom(0x1f1f);
  const writer = new Writer(bundle, random);
  const out = new Html();
  const initial = shell(out, random, writer, () => {
    writer.article(out);
    out.tag('<!--more-->');
  });
  const articles: string[] = [];
  let chars = out.chars;
  let nodes = out.nodes;
  for (let i = 0; i < count; i++) {
    const one = new Html();
    writer.article(one);
    articles.push(one.parts.join(''));
    chars += one.chars;
    nodes += one.nodes;
  }
  const script = `<script>
const articles = ${JSON.stringify(articles).replace(/</g, '\\u003c')};
window.__appendsDone = false;
addEventListener('load', () => {
  let i = 0;
  const list = document.querySelector('.articles');
  const timer = setInterval(() => {
    list.insertAdjacentHTML('beforeend', articles[i++]);
    performance.mark('bench:append');
    if (i === articles.length) { clearInterval(timer); window.__appendsDone = true; }
  }, ${everyMs});
});
</script>`;
  return {
    name,
    path: `/bench/${name}.html`,
    html: `${initial}${script}</body></html>`,
    textChars: chars,
    textNodes: nodes,
    appends: count,
    appendEveryMs: everyMs,
    finalHtml: `${initial.replace('<!--more-->', articles.join(''))}</body></html>`,
  };
}

/** The small page for startup timing: one article, nothing else. */
export function smallPage(bundle: GlossaryBundle): BenchPage {
  const random = seededRandom(7);
  const writer = new Writer(bundle, random);
  const out = new Html();
  writer.article(out);
  const html = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>短新闻</title></head><body>${out.parts.join('')}</body></html>`;
  return {
    name: 'small',
    path: '/bench/small.html',
    html,
    textChars: out.chars,
    textNodes: out.nodes,
  };
}

/** Pages the peers (advanced-mark.js, mark.js) are not run on: the small page (its figure is
 * start-up) and 540k (there for issue 4's budget alone; the peers' figures are on 100k–5m). */
export const WITHOUT_PEERS = new Set(['small', '540k']);

export function benchPages(bundle: GlossaryBundle): BenchPage[] {
  return [
    smallPage(bundle),
    staticPage(bundle, '100k', 100_000),
    // The page issue 4's budget is stated on: "1 MB of policy text, ~20k text nodes". This
    // generator's markup is sparser (27 characters per text node, not 1 MB / 20k), so the page
    // with ~20k text nodes has 540k characters of text and 1.8 MB of HTML: the node count the
    // issue names, more bytes than it names.
    staticPage(bundle, '540k', 540_000),
    staticPage(bundle, '1m', 1_000_000),
    staticPage(bundle, '5m', 5_000_000),
    infinitePage(bundle, 'infinite', 50, 200),
  ];
}
