// Bad import files through the notebook page, in Chromium: a 100 MB file, a cut-off export, a
// CSV and another tool's JSON. Each is refused with its reason on the page, and the notebook
// lists exactly what it listed before.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, type Harness, sendFromExtensionPage, startHarness } from './harness.ts';

let h: Harness;
let dir: string;
let notebook: Page;

const EXCERPT = {
  exact: '落实立德树人根本任务',
  prefix: '',
  suffix: '',
  start: 0,
  end: 10,
  url: 'https://www.moe.gov.cn/a.html',
  title: '通知',
  terms: ['lide-shuren'],
};

beforeAll(async () => {
  h = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'ptr-import-'));
  await sendFromExtensionPage(h, { type: 'excerpt/save', excerpt: EXCERPT });
  notebook = await extensionPage(h, 'notebook.html');
  await notebook.waitForSelector('.excerpt');
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The notebook as the page lists it. */
const listed = () => notebook.$$eval('.excerpt', (els) => els.map((e) => e.textContent ?? ''));

async function importFile(path: string): Promise<string> {
  await notebook.setInputFiles('input[name=import]', path);
  const alert = await notebook.waitForSelector('.import [role=alert]');
  return (await alert.textContent()) ?? '';
}

describe('importing a bad file on the notebook page', () => {
  it.each([
    [
      'a 100 MB file',
      (path: string) => {
        // Sparse: 100 MB on paper, nothing on disk. The page must refuse it from its size.
        const fd = openSync(path, 'w');
        ftruncateSync(fd, 100 * 1024 * 1024);
        closeSync(fd);
      },
      /larger than 20 MB/,
    ],
    [
      'a cut-off export',
      (path: string) =>
        writeFileSync(path, '{"format":"policy-terms-notebook","schemaVersion":1,"excerpts":[{"ex'),
      /not valid JSON/,
    ],
    [
      'a CSV file',
      (path: string) => writeFileSync(path, '\uFEFFexact,url,note\r\n立德树人,https://a.cn/,x\r\n'),
      /not valid JSON/,
    ],
    [
      'a Hypothesis export',
      (path: string) =>
        writeFileSync(
          path,
          JSON.stringify([{ id: 'a', uri: 'https://a.cn/', target: [{ selector: [] }] }]),
        ),
      /not a Policy Terms Reader notebook export/,
    ],
  ])('refuses %s and changes nothing', async (name, write, reason) => {
    const before = await listed();
    const path = join(dir, `${name.replaceAll(' ', '-')}.json`);
    write(path);
    const message = await importFile(path);
    expect(message).toMatch(reason);
    expect(message).toContain('Nothing was imported');
    expect(await listed()).toEqual(before);
    await notebook.reload();
    await notebook.waitForSelector('.excerpt');
    expect(await listed()).toEqual(before);
  });
});
