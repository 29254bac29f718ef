// The three UI locales stay in step: the same messages with the same placeholders. Only English
// has singular forms (`key_one`, see tCount in i18n.ts), and each must have its plain message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltGlossary } from './glossary-build/built.ts';
import { CATEGORIES, TOPICS } from './types.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const read = (locale: string): Messages =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../public/_locales/${locale}/messages.json`), 'utf8'),
  );
const en = read('en');
// Both the declared placeholders and the ones the text uses ($VALUE$) must agree across locales.
const names = (m: Messages[string] | undefined) => [
  ...Object.keys(m?.placeholders ?? {}).sort(),
  ...[...(m?.message.matchAll(/\$[A-Z_]+\$/g) ?? [])].map((p) => p[0]).sort(),
];
const plain = (m: Messages) => Object.keys(m).filter((k) => !k.endsWith('_one'));

describe('UI locales', () => {
  it.each(['zh_CN', 'zh_TW'])('%s has every English message and no other', (locale) => {
    const other = read(locale);
    expect(Object.keys(other).sort()).toEqual(plain(en).sort());
    for (const key of plain(en)) {
      expect(names(other[key]), key).toEqual(names(en[key]));
    }
  });

  it('gives every English singular a plain message with the same placeholders', () => {
    for (const key of Object.keys(en).filter((k) => k.endsWith('_one'))) {
      const base = key.slice(0, -'_one'.length);
      expect(en[base], key).toBeDefined();
      expect(names(en[key]), key).toEqual(names(en[base]));
    }
  });
});

describe('category and topic explanations', () => {
  // The examples are written by hand: each must be an entry of that category (or topic), in the
  // locale's script, so an explanation never names a term the glossary does not have.
  const glossary = readBuiltGlossary();
  const examplesIn = (locale: string, text: string) =>
    locale === 'en'
      ? (text.match(/[\p{Script=Han}0-9、]*\p{Script=Han}[\p{Script=Han}0-9、]*/gu) ?? [])
      : [...text.matchAll(/[“「]([^”」]+)[”」]/gu)].map((m) => m[1] as string);
  const kinds = [
    { field: 'category', prefix: 'categoryAbout_', values: CATEGORIES },
    { field: 'topic', prefix: 'topicAbout_', values: TOPICS },
  ] as const;

  describe.each(kinds)('$field', ({ field, prefix, values }) => {
    it.each(['en', 'zh_CN', 'zh_TW'])('%s: each explained with entries of it', (locale) => {
      const messages = read(locale);
      for (const value of values) {
        const text = messages[`${prefix}${value}`]?.message ?? '';
        const examples = examplesIn(locale, text);
        expect(examples.length, `${locale} ${value}`).toBeGreaterThan(0);
        for (const example of examples) {
          const entry = glossary.terms.find((e) =>
            locale === 'zh_TW' ? e.traditional === example : e.term === example,
          );
          expect(entry?.[field], `${locale} ${value}: ${example}`).toBe(value);
        }
      }
    });
  });
});
