// A term the user adds to their own glossary: from a candidate of their documents or from a
// selection. Pinyin and the traditional renderings are filled in here (pinyin-pro and opencc-js,
// the build's own tools, so a user's term reads like a built-in one); the user may edit the
// pinyin. For extension pages and the background only: opencc-js and pinyin-pro are far too
// large for the content script, which gets the compiled index (combine.ts).
import { pinyinOf } from '../glossary-build/pinyin.ts';
import { toSimplified, traditionalVariants } from '../glossary-build/script.ts';
import { CATEGORIES, type Category, TOPICS, type Topic } from '../types.ts';

import { USER_TERM_PREFIX } from './id.ts';

export { USER_TERM_PREFIX };

export interface UserTerm {
  /** `my:` + the simplified headword. */
  id: string;
  /** Simplified headword. */
  term: string;
  /** Simplified forms, headword first, each once. */
  forms: string[];
  /** Every traditional, Taiwan and Hong Kong rendering of the forms (generated). */
  variants: string[];
  /** Tone-marked syllables: "shù zhì xiào yuán". Generated unless the user gave one. */
  pinyin: string;
  definition: string;
  english: string;
  category: Category;
  topic: Topic;
  /**
   * Set when the user merged this form into a built-in entry (its id): the form then marks as
   * that entry, and this row only carries the extra forms. Merging into one of my terms adds
   * the form to that term instead.
   */
  aliasOf?: string;
}

export interface UserTermInput {
  /** In either script. */
  term: string;
  /** Other ways of writing it, in either script. */
  forms?: string[];
  pinyin?: string;
  definition?: string;
  english?: string;
  category: string;
  topic: string;
}

/**
 * Why a term was refused, as a stable code and the value at fault (a form as the user wrote it,
 * or the unknown category or topic). Callers and tests compare codes; the UI says it in the
 * user's language (problem-text.ts), so this module needs no i18n and runs in Node scripts too.
 */
export type TermProblemCode =
  'tooShort' | 'tooLong' | 'multiline' | 'notChinese' | 'unknownCategory' | 'unknownTopic';

export interface TermProblem {
  code: TermProblemCode;
  value: string;
}

export type MadeTerm = { ok: true; term: UserTerm } | { ok: false; problem: TermProblem };

/** Forms longer than this are refused ('tooLong'). */
export const MAX_TERM_LENGTH = 40;

export function makeUserTerm(input: UserTermInput): MadeTerm {
  const forms: string[] = [];
  for (const written of [input.term, ...(input.forms ?? [])]) {
    const form = toSimplified(written.trim());
    const code = formProblem(form);
    if (code) return { ok: false, problem: { code, value: written } };
    if (!forms.includes(form)) forms.push(form);
  }
  if (!(CATEGORIES as readonly string[]).includes(input.category))
    return { ok: false, problem: { code: 'unknownCategory', value: input.category } };
  if (!(TOPICS as readonly string[]).includes(input.topic))
    return { ok: false, problem: { code: 'unknownTopic', value: input.topic } };
  const term = forms[0] as string;
  const pinyin = input.pinyin?.trim() || pinyinOf(term).pinyin;
  return {
    ok: true,
    term: {
      id: USER_TERM_PREFIX + term,
      term,
      forms,
      variants: [...new Set(forms.flatMap(traditionalVariants))],
      pinyin,
      definition: input.definition?.trim() ?? '',
      english: input.english?.trim() ?? '',
      category: input.category as Category,
      topic: input.topic as Topic,
    },
  };
}

/** Why a form cannot be matched on pages, or null. */
function formProblem(form: string): TermProblemCode | null {
  if (form.length < 2) return 'tooShort';
  if (form.length > MAX_TERM_LENGTH) return 'tooLong';
  if (/[\r\n]/.test(form)) return 'multiline';
  if (!/[\u3400-\u9fff]/.test(form)) return 'notChinese';
  return null;
}

/** A refusal on one line (code and value), for scripts and tests that throw it; not for the UI. */
export const problemSummary = (problem: TermProblem) =>
  `${problem.code}: ${JSON.stringify(problem.value)}`;
