// The one form for a term of my own: accepting a candidate, adding from a selection
// (#/my/add) and editing (the headword too). Pinyin is suggested from the headword
// (makeUserTerm's pinyin) and follows it until the user types their own. What is wrong is said
// inline; a form someone already has links to it.
import { useState } from 'preact/hooks';
import type { TermFormValues } from '../../lib/my-glossary/edit.ts';
import type { MyTermSource } from '../../lib/my-glossary/types.ts';
import { docHref } from '../../lib/glossary-page/route.ts';
import { t } from '../../lib/i18n.ts';
import type { TermProblem } from '../../lib/my-terms/model.ts';
import { termProblemText } from '../../lib/my-terms/problem-text.ts';
import { CATEGORIES, TOPICS } from '../../lib/types.ts';

export type FormProblem =
  | { kind: 'invalid'; problem: TermProblem }
  | { kind: 'taken'; form: string; owner: string; href: string; builtIn: boolean }
  | { kind: 'failed'; message: string };

export interface TermFormProps {
  /** Names the form's fields uniquely on the page. */
  id: string;
  initial: TermFormValues;
  sources: MyTermSource[];
  /** Editing a saved term (the heading says so). */
  editing?: boolean;
  suggestPinyin(term: string): string;
  problem: FormProblem | null;
  onSave(values: TermFormValues): void;
  onCancel?(): void;
}

export function TermForm(props: TermFormProps) {
  const { id, problem } = props;
  const [values, setValues] = useState(props.initial);
  // Pinyin follows the headword unless it is the user's own: typed here, or (editing) a saved
  // pinyin other than the one the headword suggests.
  const [ownPinyin, setOwnPinyin] = useState(
    () =>
      !!props.initial.pinyin && props.initial.pinyin !== props.suggestPinyin(props.initial.term),
  );
  const set = (change: Partial<TermFormValues>) => setValues((v) => ({ ...v, ...change }));
  const field = (name: string) => `${id}-${name}`;
  return (
    <form
      class="term-form"
      aria-labelledby={field('h')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(values);
      }}
    >
      <h2 id={field('h')}>{t(props.editing ? 'termFormEdit' : 'termFormNew')}</h2>
      <p>
        <label for={field('term')}>{t('termFormTerm')}</label>
        <input
          id={field('term')}
          name="term"
          lang="zh"
          required
          value={values.term}
          onInput={(e) => {
            const term = e.currentTarget.value;
            set(ownPinyin ? { term } : { term, pinyin: props.suggestPinyin(term) });
          }}
        />
      </p>
      <p>
        <label for={field('pinyin')}>{t('termFormPinyin')}</label>
        <input
          id={field('pinyin')}
          name="pinyin"
          value={values.pinyin}
          aria-describedby={field('pinyin-hint')}
          onInput={(e) => {
            setOwnPinyin(true);
            set({ pinyin: e.currentTarget.value });
          }}
        />
        <span id={field('pinyin-hint')} class="hint muted">
          {t('termFormPinyinHint')}
        </span>
      </p>
      <p class="wide">
        <label for={field('forms')}>{t('termFormForms')}</label>
        <input
          id={field('forms')}
          name="forms"
          lang="zh"
          value={values.forms}
          aria-describedby={field('forms-hint')}
          onInput={(e) => set({ forms: e.currentTarget.value })}
        />
        <span id={field('forms-hint')} class="hint muted">
          {t('termFormFormsHint')}
        </span>
      </p>
      <p class="wide">
        <label for={field('english')}>{t('termFormEnglish')}</label>
        <input
          id={field('english')}
          name="english"
          lang="en"
          value={values.english}
          onInput={(e) => set({ english: e.currentTarget.value })}
        />
      </p>
      <p class="wide">
        <label for={field('definition')}>{t('termFormDefinition')}</label>
        <textarea
          id={field('definition')}
          name="definition"
          rows={3}
          value={values.definition}
          onInput={(e) => set({ definition: e.currentTarget.value })}
        />
      </p>
      <p>
        <label for={field('category')}>{t('termFormCategory')}</label>
        <select
          id={field('category')}
          name="category"
          value={values.category}
          onChange={(e) => set({ category: e.currentTarget.value as TermFormValues['category'] })}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category_${c}`)}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for={field('topic')}>{t('termFormTopic')}</label>
        <select
          id={field('topic')}
          name="topic"
          value={values.topic}
          onChange={(e) => set({ topic: e.currentTarget.value as TermFormValues['topic'] })}
        >
          {TOPICS.map((x) => (
            <option key={x} value={x}>
              {t(`topic_${x}`)}
            </option>
          ))}
        </select>
      </p>
      {props.sources.length > 0 && (
        <div class="wide form-sources">
          <p>{t('termFormSources')}</p>
          <SourceList sources={props.sources} forms={[values.term]} />
        </div>
      )}
      <div class="wide form-problem" role="alert">
        {problem && <Problem problem={problem} />}
      </div>
      <p class="wide form-buttons">
        <button type="submit" class="save">
          {t('librarySave')}
        </button>{' '}
        {props.onCancel && (
          <button type="button" class="cancel" onClick={props.onCancel}>
            {t('libraryCancel')}
          </button>
        )}
      </p>
    </form>
  );
}

function Problem({ problem }: { problem: FormProblem }) {
  if (problem.kind === 'invalid')
    return <p class="error">{t('termFormInvalid', termProblemText(problem.problem))}</p>;
  if (problem.kind === 'failed')
    return <p class="error">{t('libraryStoreFailed', problem.message)}</p>;
  return (
    <p class="error">
      {t(problem.builtIn ? 'termFormTakenBuiltIn' : 'termFormTakenMine', problem.form)}{' '}
      <a href={problem.href} lang="zh">
        {problem.owner}
      </a>
    </p>
  );
}

/** Sentences a term stands in, with their document or page and date; `forms` marked. */
export function SourceList({ sources, forms = [] }: { sources: MyTermSource[]; forms?: string[] }) {
  return (
    <ul class="source-list">
      {sources.map((s, i) => (
        <li key={i}>
          <q lang="zh">
            <MarkedForms text={s.sentence} forms={forms} />
          </q>{' '}
          <span class="muted">
            —{' '}
            {s.url ? (
              <a href={s.url} lang="zh">
                {s.title || s.url}
              </a>
            ) : s.doc ? (
              <a href={docHref(s.doc)} lang="zh">
                {s.title || s.doc}
              </a>
            ) : (
              <span lang="zh">{s.title}</span>
            )}
            {s.date && (
              <>
                {' · '}
                <time dateTime={s.date}>{s.date}</time>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The text with the first of `forms` found in it marked (the longest where several start there). */
function MarkedForms({ text, forms }: { text: string; forms: string[] }) {
  let best: [number, number] | null = null;
  for (const form of forms) {
    const at = text.indexOf(form);
    if (at >= 0 && (!best || at < best[0] || (at === best[0] && at + form.length > best[1])))
      best = [at, at + form.length];
  }
  if (!best) return <>{text}</>;
  return (
    <>
      {text.slice(0, best[0])}
      <mark>{text.slice(best[0], best[1])}</mark>
      {text.slice(best[1])}
    </>
  );
}
