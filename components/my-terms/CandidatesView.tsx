// Candidates of the user's documents that are not terms yet, best first, a page at a time
// (a large library has thousands). Contract the e2e specs and the benchmark rely on: the root
// is section.candidates with data-state "busy" while extracting, "ready" when the list is
// shown ("error" when it failed); each candidate is an li.candidate with data-term.
import type { ComponentChild } from 'preact';
import type { ExtractedCandidate } from '../../lib/extract/extract.ts';
import { t, tCount } from '../../lib/i18n.ts';
import { CandidateRow, type RowAction } from './CandidateRow.tsx';

export type CandidatesState =
  | { kind: 'busy'; documents: number; characters: number }
  | { kind: 'ready' }
  | { kind: 'error'; message: string };

export interface CandidatesViewProps {
  state: CandidatesState;
  /** The open candidates (not terms, not dismissed), best first. */
  candidates: ExtractedCandidate[];
  /** How many of them to draw. */
  shown: number;
  documents: ReadonlyMap<string, { title: string }>;
  docHref(id: string): string;
  /** Where the candidate stands in a sentence (either script), or null. */
  locate(sentence: string, term: string): [number, number] | null;
  /** The row whose form or chooser is open, and what it holds. */
  open: { term: string; action: RowAction; body: ComponentChild } | null;
  /** Said after the last action (added, merged), with a link to the result. */
  notice: ComponentChild;
  /** The candidate just dismissed, while undo is offered. */
  dismissed: string | null;
  onAction(candidate: ExtractedCandidate, action: RowAction): void;
  onUndo(): void;
  onMore(): void;
}

export function CandidatesView(props: CandidatesViewProps) {
  const { state, candidates } = props;
  const rows = candidates.slice(0, props.shown);
  return (
    <section
      class="candidates"
      data-state={state.kind}
      aria-busy={state.kind === 'busy'}
      aria-labelledby="candidates-h"
    >
      <h1 id="candidates-h" tabIndex={-1}>
        {t('candidatesTitle')}
      </h1>
      <p class="muted">{t('candidatesIntro')}</p>
      <div class="undo-line" role="status">
        {props.notice}
        {props.dismissed !== null && (
          <>
            {t('candidateDismissed', props.dismissed)}{' '}
            <button type="button" class="undo" onClick={props.onUndo}>
              {t('libraryUndo')}
            </button>
          </>
        )}
      </div>
      {state.kind === 'busy' ? (
        <p class="candidates-progress">
          <progress aria-label={t('candidatesBusyLabel')} />{' '}
          {tCount('candidatesBusy', state.documents, [state.characters.toLocaleString()])}
        </p>
      ) : state.kind === 'error' ? (
        <p class="error" role="alert">
          {t('candidatesFailed', state.message)}
        </p>
      ) : candidates.length === 0 ? (
        <p class="muted">{t('candidatesNone')}</p>
      ) : (
        <>
          <p class="muted">{tCount('candidatesCount', candidates.length, [String(rows.length)])}</p>
          <ol class="candidate-list">
            {rows.map((c) => (
              <CandidateRow
                key={c.term}
                candidate={c}
                documents={props.documents}
                docHref={props.docHref}
                locate={props.locate}
                open={props.open?.term === c.term ? props.open : null}
                onAction={(action) => props.onAction(c, action)}
              />
            ))}
          </ol>
          {rows.length < candidates.length && (
            <button type="button" class="more-candidates" onClick={props.onMore}>
              {t('candidatesMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
