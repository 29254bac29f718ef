import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, type TermProblemCode } from './model.ts';
import { termProblemText } from './problem-text.ts';

const CODES: Record<TermProblemCode, true> = {
  tooShort: true,
  tooLong: true,
  multiline: true,
  notChinese: true,
  unknownCategory: true,
  unknownTopic: true,
};

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const messages = (locale: string): Messages =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, `../../public/_locales/${locale}/messages.json`),
      'utf8',
    ),
  );

/** browser.i18n.getMessage as Chrome does it: named placeholders to $1, $2 … substitutions. */
const getMessage = (table: Messages) => (key: string, substitutions: string[]) => {
  const entry = table[key];
  if (!entry) throw new Error(`no message ${key}`);
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return substitutions[Number(content.slice(1)) - 1] ?? '';
  });
};

describe('termProblemText', () => {
  it.each(['en', 'zh_CN', 'zh_TW'])('%s: every code has a message naming the value', (locale) => {
    const translate = getMessage(messages(locale));
    for (const code of Object.keys(CODES) as TermProblemCode[]) {
      const text = termProblemText({ code, value: '甲乙X' }, translate);
      expect(text, code).toContain('甲乙X');
      expect(text, code).not.toMatch(/\$/);
    }
    expect(termProblemText({ code: 'tooLong', value: '甲' }, translate)).toContain(
      String(MAX_TERM_LENGTH),
    );
  });

  it('says it in English', () => {
    const translate = getMessage(messages('en'));
    expect(termProblemText({ code: 'tooShort', value: '校' }, translate)).toBe(
      '“校”: a term needs at least two characters.',
    );
  });
});
