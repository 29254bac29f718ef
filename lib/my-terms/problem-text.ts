// Why a term was refused, in the user's language: each TermProblem code has a message in every
// locale (public/_locales: termProblem_CODE). Apart from model.ts so that module stays free of
// browser.i18n and runs in Node (the benchmark's inputs, the e2e specs' fixtures).
import { t } from '../i18n.ts';
import { MAX_TERM_LENGTH, type TermProblem } from './model.ts';

type Translate = (key: string, substitutions: string[]) => string;

export function termProblemText(problem: TermProblem, translate: Translate = t): string {
  return translate(`termProblem_${problem.code}`, [problem.value, String(MAX_TERM_LENGTH)]);
}
