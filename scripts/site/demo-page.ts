// The demo page: the seed documents, cleaned, laid out as news articles on a mock news site
// (navigation, bylines, inline markup, a sidebar), so `npm start` shows the extension at work.
import type { GlossaryBundle, SeedDocument } from '../../lib/types.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function articleHtml(doc: SeedDocument): string {
  const body = doc.blocks
    .map((b) => {
      const text = escapeHtml(doc.text.slice(b.start, b.end));
      if (b.kind === 'heading') return `<h3>${text}</h3>`;
      if (b.kind === 'list-item') return `<ul><li>${text}</li></ul>`;
      return `<p>${text}</p>`;
    })
    .join('\n');
  const lang = doc.script === 'traditional' ? 'zh-Hant' : 'zh-Hans';
  return `<article id="${doc.id}" lang="${lang}">
  <h2>${escapeHtml(doc.title)}</h2>
  <p class="byline">${escapeHtml(doc.issuer)} · <time datetime="${doc.date}">${doc.date}</time></p>
  ${body}
</article>`;
}

export function demoPage(bundle: GlossaryBundle): string {
  const docs = [...bundle.documents].sort((a, b) => a.date.localeCompare(b.date));
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>教育政策新闻 · Policy Terms Reader demo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;font:16px/1.8 system-ui,'WenQuanYi Micro Hei',sans-serif;color:#222;background:#f6f7f9}
header{background:#8b0000;color:#fff;padding:10px 24px}header nav a{color:#fff;margin-right:16px;text-decoration:none}
main{display:grid;grid-template-columns:minmax(0,760px) 240px;gap:32px;max-width:1060px;margin:24px auto;padding:0 16px}
article{background:#fff;padding:20px 28px;margin-bottom:24px;border-radius:6px;box-shadow:0 1px 3px #0002}
.byline{color:#666;font-size:14px}aside{font-size:14px}aside li{margin:6px 0}
</style></head>
<body>
<header><strong>教育政策新闻</strong> <nav><a href="#">首页</a><a href="#">要闻</a><a href="#">政策</a><a href="#">地方</a></nav></header>
<main>
<div class="articles">
${docs.map(articleHtml).join('\n')}
</div>
<aside><h3>本站导读</h3><ul>${docs.map((d) => `<li><a href="#${d.id}">${escapeHtml(d.title)}</a></li>`).join('')}</ul></aside>
</main>
</body></html>`;
}
