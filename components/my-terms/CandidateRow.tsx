// One candidate: the text, how often and in which documents it stands, a few of its sentences
// (all of them on demand) with the candidate marked, and what the user can do with it.
import { type ComponentChild, Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { ExtractedCandidate } from '../../lib/extract/extract.ts';
import { t, tCount } from '../../lib/i18n.ts';

export type RowAction = 'accept' | 'merge' | 'dismiss';

/** Sentences shown before "more". */
export const FIRST_SENTENCES = 2;

export interface CandidateRowProps {
  candidate: ExtractedCandidate;
  documents: ReadonlyMap<string, { title: string }>;
  docHref(id: string): string;
  locate(sentence: string, term: string): [number, number] | null;
  open: { action: RowAction; body: ComponentChild } | null;
  onAction(action: RowAction): void;
}

export function CandidateRow({ candidate: c, open, ...props }: CandidateRowProps) {
  const [all, setAll] = useState(false);
  const sentences = all ? c.sentences : c.sentences.slice(0, FIRST_SENTENCES);
  const id = `cand-${encodeURIComponent(c.term).replace(/%/g, '')}`;
  return (
    <li class="candidate" data-term={c.term} aria-labelledby={id}>
      <p class="candidate-head">
        <strong id={id} class="candidate-term" lang="zh">
          {c.term}
        </strong>{' '}
        <span class="candidate-count">{tCount('candidateCount', c.count)}</span>{' '}
        <span class="candidate-docs muted">
          {t('candidateIn')}{' '}
          {c.documents.map((doc, i) => (
            <Fragment key={doc}>
              {i > 0 && '、'}
              <a href={props.docHref(doc)} lang="zh">
                {props.documents.get(doc)?.title ?? doc}
              </a>
            </Fragment>
          ))}
        </span>
      </p>
      <ul class="candidate-sentences">
        {sentences.map((s, i) => (
          <li key={i} lang="zh">
            <Marked text={s.text} at={props.locate(s.text, c.term)} />
          </li>
        ))}
      </ul>
      {c.sentences.length > FIRST_SENTENCES && (
        <button type="button" class="link more-sentences" onClick={() => setAll(!all)}>
          {all
            ? t('candidateFewerSentences')
            : tCount('candidateMoreSentences', c.sentences.length - FIRST_SENTENCES)}
        </button>
      )}
      <p class="candidate-actions">
        {(['accept', 'merge', 'dismiss'] as const).map((action) => (
          <button
            key={action}
            type="button"
            class={action}
            aria-expanded={action === 'dismiss' ? undefined : open?.action === action}
            aria-label={t(`candidate_${action}_label`, c.term)}
            onClick={() => props.onAction(action)}
          >
            {t(`candidate_${action}`)}
          </button>
        ))}
      </p>
      {open && <div class="candidate-panel">{open.body}</div>}
    </li>
  );
}

function Marked({ text, at }: { text: string; at: [number, number] | null }) {
  if (!at) return <>{text}</>;
  return (
    <>
      {text.slice(0, at[0])}
      <mark>{text.slice(at[0], at[1])}</mark>
      {text.slice(at[1])}
    </>
  );
}
