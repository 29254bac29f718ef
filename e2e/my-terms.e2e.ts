// Growing the glossary in Chromium, with a real text file made here: the file is added to the
// library, its candidates are shown (count, document, sentences), one is accepted and then
// marked on a web page, one dismissed for good, one merged into a built-in entry; my terms are
// exported as a pack, deleted, and imported again from it; bad packs change nothing; the
// context menu's add form opens filled in; a saved term's headword is edited and the new one
// is marked.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  glossaryPage,
  type Harness,
  htmlPage,
  readMarks,
  startHarness,
  waitForMarks,
  waitForMarkTexts,
} from './harness.ts';

const NOTES = [
  '关于推进学校育人工作的实施方案',
  '',
  '各地要坚持“家校共育”，把“家校共育”落实到课堂教学全过程。',
  '要落实“三个区分”，健全容错纠错机制，推广“双师课堂”，突出“树人任务”。',
  '实施“强师工程”，建设高素质教师队伍，办好“双师课堂”。',
  '学校应当把“强师工程”与“家校共育”结合起来，牢记“树人任务”。',
  '开好家长会是“家校共育”的第一步。',
].join('\n');
const WEB = '/my-terms/news.html';
const TEACHERS = '/my-terms/teachers.html';

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'ptr-my-terms-'));
  h.site.page(
    WEB,
    htmlPage('学校新闻', '<h1>学校新闻</h1><p>本校坚持立德树人，推进家校共育，牢记树人任务。</p>'),
  );
  h.site.page(
    TEACHERS,
    htmlPage(
      '教师新闻',
      '<h1>教师新闻</h1><p>坚持立德树人，全面实施强师计划，建设高素质教师队伍。</p>',
    ),
  );
});
afterAll(async () => {
  await h?.close();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/h-ui/${name}.png`, fullPage: false });

async function candidates(page?: Page): Promise<Page> {
  const p = page ?? (await glossaryPage(h, '#/my/candidates'));
  if (page) await p.evaluate(() => (location.hash = '#/my/candidates'));
  await p.waitForSelector('section.candidates[data-state=ready]', { timeout: 30_000 });
  return p;
}
const listed = (page: Page) =>
  page.$$eval('li.candidate', (els) => els.map((e) => e.getAttribute('data-term')));
const row = (page: Page, term: string) => page.locator(`li.candidate[data-term="${term}"]`);
const myTermRows = (page: Page) =>
  page.$$eval('li.my-term', (els) => els.map((e) => e.getAttribute('data-term')));

describe('candidates of a text file', () => {
  it('are listed with count, document and sentences after the file is added', async () => {
    const page = await glossaryPage(h, '#/my');
    // The library's sub-navigation, with counts.
    expect(await page.textContent('nav.library-tabs')).toMatch(/Documents\s*0.*My terms\s*0/su);
    const path = join(dir, 'notes.txt');
    writeFileSync(path, NOTES);
    await page.setInputFiles('.library-add input[type=file]', path);
    await page.waitForSelector('.library-list li');
    await page.click('nav.library-tabs a[href="#/my/candidates"]');
    await candidates(page);
    const terms = await listed(page);
    expect(terms.slice(0, 2)).toEqual(['家校共育', '双师课']);
    expect(terms).toEqual(expect.arrayContaining(['双师课堂', '强师工程', '树人任务', '三个区分']));
    const first = row(page, '家校共育');
    expect(await first.locator('.candidate-count').textContent()).toBe('4 times');
    expect(await first.locator('.candidate-docs a').textContent()).toBe(
      '关于推进学校育人工作的实施方案',
    );
    expect(await first.locator('.candidate-sentences li').count()).toBe(2);
    expect(await first.locator('.candidate-sentences mark').first().textContent()).toBe('家校共育');
    await first.locator('button.more-sentences').click();
    expect(await first.locator('.candidate-sentences li').count()).toBe(3);
    expect(await first.locator('.candidate-sentences').textContent()).toContain('开好家长会');
    expect(await page.textContent('nav.library-tabs a[href="#/my/candidates"]')).toContain(
      String(terms.length),
    );
    await shot(page, 'candidates');
    await page.close();
  });
});

describe('acting on candidates', () => {
  it('accepts one with edited pinyin; it is my term and pages mark it', async () => {
    const web = await h.newPage(WEB);
    await waitForMarks(web, 1);
    expect((await waitForMarkTexts(web, (t) => t.length > 0)).includes('家校共育')).toBe(false);

    const page = await candidates();
    await row(page, '家校共育').locator('button.accept').click();
    const form = row(page, '家校共育').locator('form.term-form');
    expect(await form.locator('input[name=pinyin]').inputValue()).toBe('jiā xiào gòng yù');
    expect(await form.locator('select[name=category]').inputValue()).toBe('concept');
    await shot(page, 'candidate-accept');
    await form.locator('input[name=pinyin]').fill('jiā-xiào gòngyù');
    await form.locator('input[name=english]').fill('home-school co-education');
    await form.locator('textarea[name=definition]').fill('家庭与学校合作育人。');
    await form.locator('select[name=topic]').selectOption('education');
    await form.locator('button.save').click();
    await row(page, '家校共育').waitFor({ state: 'detached' });
    await page.locator('.candidates [role=status]', { hasText: 'Added “家校共育”' }).waitFor();

    // The background re-marks the open tab with the new term.
    await waitForMarkTexts(web, (t) => t.includes('家校共育'));
    await web.close();

    await page.click('nav.library-tabs a[href="#/my/terms"]');
    await page.waitForSelector('li.my-term');
    expect(await myTermRows(page)).toEqual(['家校共育']);
    expect(await page.textContent('li.my-term')).toContain('jiā-xiào gòngyù');
    await page.click('li.my-term a.my-term-link');
    await page.waitForSelector('article.my-term-page');
    const article = (await page.textContent('article.my-term-page')) ?? '';
    for (const part of ['jiā-xiào gòngyù', 'home-school co-education', '家庭与学校合作育人。'])
      expect(article).toContain(part);
    expect(await page.locator('article.my-term-page .source-list li').count()).toBe(3);
    expect(await page.textContent('article.my-term-page .source-list')).toContain(
      '关于推进学校育人工作的实施方案',
    );
    await shot(page, 'my-term-page');
    await page.close();
  });

  it('dismisses one with undo, and a dismissal lasts after a reload', async () => {
    const page = await candidates();
    await row(page, '双师课堂').locator('button.dismiss').click();
    await row(page, '双师课堂').waitFor({ state: 'detached' });
    await page.click('.candidates button.undo');
    await row(page, '双师课堂').waitFor();
    await row(page, '双师课').locator('button.dismiss').click();
    await row(page, '双师课').waitFor({ state: 'detached' });
    await page.reload();
    await candidates(page);
    const terms = await listed(page);
    expect(terms).not.toContain('双师课');
    expect(terms).toContain('双师课堂');
    await page.close();
  });

  it('merges one into a built-in entry: it then marks as that entry', async () => {
    const page = await candidates();
    await row(page, '树人任务').locator('button.merge').click();
    await row(page, '树人任务').locator('input.merge-search').fill('lideshuren');
    await row(page, '树人任务').locator('button.merge-into[data-id="li-de-shu-ren"]').click();
    await row(page, '树人任务').waitFor({ state: 'detached' });
    const notice = page.locator('.candidates [role=status]', { hasText: 'another form of' });
    await notice.waitFor();
    expect(await notice.locator('a').getAttribute('href')).toBe('#/term/li-de-shu-ren');
    await page.click('nav.library-tabs a[href="#/my/terms"]');
    await page.waitForSelector('li.my-term[data-term="树人任务"]');
    expect(await page.textContent('li.my-term[data-term="树人任务"]')).toContain(
      'another form of 立德树人',
    );
    await page.close();
    const web = await h.newPage(WEB);
    await waitForMarkTexts(web, (t) => t.includes('树人任务') && t.includes('家校共育'));
    await web.close();
  });
});

describe('glossary packs', () => {
  let packPath = '';
  const terms = () => glossaryPage(h, '#/my/terms');
  const importFile = async (page: Page, name: string, text: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    await page.setInputFiles('input.import-pack', path);
  };

  it('exports my terms, which are then deleted', async () => {
    const page = await terms();
    await page.waitForSelector('li.my-term');
    await page.check('input.with-documents');
    const download = page.waitForEvent('download');
    await page.click('button.export-pack');
    packPath = join(dir, 'pack.json');
    await (await download).saveAs(packPath);
    const pack = JSON.parse(readFileSync(packPath, 'utf8'));
    expect(pack.format).toBe('policy-terms-reader/glossary-pack');
    expect(pack.terms.map((t: { term: string }) => t.term).sort()).toEqual([
      '家校共育',
      '树人任务',
    ]);
    expect(pack.documents.map((d: { title: string }) => d.title)).toEqual([
      '关于推进学校育人工作的实施方案',
    ]);
    // Deleted with undo: back until deleted again.
    await page.click('li.my-term[data-term="家校共育"] button.delete');
    await page.waitForSelector('li.my-term[data-term="家校共育"]', { state: 'detached' });
    await page.click('.my-terms button.undo');
    await page.waitForSelector('li.my-term[data-term="家校共育"]');
    for (const term of ['家校共育', '树人任务']) {
      await page.click(`li.my-term[data-term="${term}"] button.delete`);
      await page.waitForSelector(`li.my-term[data-term="${term}"]`, { state: 'detached' });
    }
    expect(await myTermRows(page)).toEqual([]);
    await page.close();
  });

  it('refuses a malformed pack, a wrong-format one, a huge one and a bad entry, changing nothing', async () => {
    const page = await terms();
    await importFile(page, 'broken.json', '{"format": "policy-terms-reader/glossary-pack", ');
    const alert = page.locator('.pack-panel [role=alert]');
    expect(await alert.textContent()).toContain(
      'broken.json was not imported: the file is not JSON',
    );
    await importFile(
      page,
      'notebook.json',
      JSON.stringify({ format: 'something-else', items: [] }),
    );
    await alert.filter({ hasText: 'notebook.json' }).waitFor();
    expect(await alert.textContent()).toContain('not a glossary pack');
    // Too large: refused by its size before it is read.
    await importFile(page, 'huge.json', Buffer.alloc(11 * 1024 * 1024, 0x20));
    await alert.filter({ hasText: 'huge.json' }).waitFor();
    expect(await alert.textContent()).toContain('a pack may be at most 10 MB');
    // The right format with an entry that is not valid.
    const bad = {
      format: 'policy-terms-reader/glossary-pack',
      version: 1,
      terms: [{ term: '家校共育', category: 'nonsense', topic: 'education' }],
    };
    await importFile(page, 'bad-entry.json', JSON.stringify(bad));
    await alert.filter({ hasText: 'bad-entry.json' }).waitFor();
    expect(await alert.textContent()).toContain('an entry is not valid (terms.0.category');
    await shot(page, 'pack-refused');
    expect(await page.locator('.pack-preview').count()).toBe(0);
    expect(await myTermRows(page)).toEqual([]);
    expect(await page.textContent('.my-terms-count')).toBe('0 terms');
    await page.close();
  });

  it('imports the pack after a preview: both terms back', async () => {
    const page = await terms();
    await importFile(page, 'pack.json', readFileSync(packPath));
    await page.waitForSelector('.pack-preview');
    const count = (group: string) => page.textContent(`.pack-${group} .pack-count`);
    expect([
      await count('added'),
      await count('same'),
      await count('changed'),
      await count('conflicts'),
    ]).toEqual(['2', '0', '0', '0']);
    expect(await page.textContent('.pack-added ul')).toContain('家校共育');
    await shot(page, 'pack-preview');
    await page.click('button.apply-pack');
    await page.locator('.pack-status').filter({ hasText: 'Imported: 2 new, 0 updated.' }).waitFor();
    await page.waitForSelector('li.my-term[data-term="家校共育"]');
    expect((await myTermRows(page)).sort()).toEqual(['家校共育', '树人任务']);
    // Imported again: the same two, nothing to apply.
    await importFile(page, 'pack.json', readFileSync(packPath));
    await page.locator('.pack-same .pack-count').filter({ hasText: '2' }).waitFor();
    expect(await page.isDisabled('button.apply-pack')).toBe(true);
    await page.click('.pack-preview button.cancel');
    // Edited here, then imported: changed, and replaced only when "update" is ticked.
    await page.click('li.my-term[data-term="家校共育"] button.edit');
    await page.fill('li.my-term form.term-form input[name=english]', 'family and school together');
    await page.click('li.my-term form.term-form button.save');
    await page.locator('li.my-term', { hasText: 'family and school together' }).waitFor();
    await importFile(page, 'pack.json', readFileSync(packPath));
    await page.locator('.pack-changed .pack-count').filter({ hasText: '1' }).waitFor();
    expect(await page.isDisabled('button.apply-pack')).toBe(true);
    await page.check('input.update-changed');
    await page.click('button.apply-pack');
    await page.locator('.pack-status').filter({ hasText: 'Imported: 0 new, 1 updated.' }).waitFor();
    await page.locator('li.my-term', { hasText: 'home-school co-education' }).waitFor();
    await page.close();
    const web = await h.newPage(WEB);
    await waitForMarkTexts(web, (t) => t.includes('家校共育') && t.includes('树人任务'));
    await web.close();
  });
});

describe('the add form of the context menu', () => {
  it('opens filled in from the selection and saves the page as the source', async () => {
    const query = new URLSearchParams({
      term: '强师工程',
      sentence: '实施“强师工程”，建设高素质教师队伍。',
      url: 'https://example.org/news/1',
      title: '教师新闻',
    });
    const page = await glossaryPage(h, `#/my/add?${query}`);
    const form = page.locator('form.term-form');
    expect(await form.locator('input[name=term]').inputValue()).toBe('强师工程');
    expect(await form.locator('input[name=pinyin]').inputValue()).toBe('qiáng shī gōng chéng');
    expect(await form.locator('.source-list').textContent()).toContain('教师新闻');
    await shot(page, 'add-term');
    await form.locator('button.save').click();
    await page.locator('.add-term [role=status]').filter({ hasText: 'Added “强师工程”' }).waitFor();
    await page.close();
  });

  it('refuses a term the glossary already has, linking to it', async () => {
    const page = await glossaryPage(h, '#/my/add?term=%E7%AB%8B%E5%BE%B7%E6%A8%B9%E4%BA%BA');
    await page.locator('form.term-form button.save').click();
    const problem = page.locator('.form-problem');
    await problem.filter({ hasText: '“立德树人” is already in the glossary' }).waitFor();
    expect(await problem.locator('a').getAttribute('href')).toBe('#/term/li-de-shu-ren');
    await page.close();
  });
});

describe('editing a saved headword', () => {
  it('renames the term: its page moves, the list shows it, pages mark the new form', async () => {
    const web = await h.newPage(TEACHERS);
    // Marked for 立德树人 only: 强师计划 is no term yet.
    await waitForMarks(web, 1);
    expect(await readMarks(web, 'ptr-underline-mine')).toEqual([]);

    // 强师工程 was added from the context menu's form above, its pinyin suggested.
    const page = await glossaryPage(h, '#/term/my:强师工程');
    await page.click('article.my-term-page button.edit');
    const form = page.locator('article.my-term-page form.term-form');
    // Checked as a new headword is, and refused in the UI's language.
    await form.locator('input[name=term]').fill('强');
    await form.locator('button.save').click();
    await form
      .locator('.form-problem', {
        hasText: 'Not saved: “强”: a term needs at least two characters.',
      })
      .waitFor();
    await form.locator('input[name=term]').fill('强师计划');
    expect(await form.locator('input[name=pinyin]').inputValue()).toBe('qiáng shī jì huà');
    await form.locator('button.save').click();
    await page.waitForFunction(() => decodeURIComponent(location.hash) === '#/term/my:强师计划');
    await page.locator('article.my-term-page h1', { hasText: '强师计划' }).waitFor();
    // Its sentence from the page it was added from stays with it.
    expect(await page.textContent('article.my-term-page .source-list')).toContain('教师新闻');

    await page.evaluate(() => (location.hash = '#/my/terms'));
    await page.waitForSelector('li.my-term[data-term="强师计划"]');
    expect(await myTermRows(page)).not.toContain('强师工程');
    expect(await page.textContent('li.my-term[data-term="强师计划"]')).toContain(
      'qiáng shī jì huà',
    );
    await page.close();

    // The open tab is marked anew, in the style of my terms.
    const mine = await waitForMarkTexts(
      web,
      (t) => t.includes('强师计划'),
      15_000,
      'ptr-underline-mine',
    );
    expect(mine).not.toContain('强师工程');
    await web.close();
  });
});
