// The candidates view's container: the open candidates (extracted by use-candidates.ts, minus
// terms and dismissed ones), a page at a time, and their actions — accept (the term form),
// merge into an existing entry (built-in or mine), dismiss with undo.
import { type ComponentChild } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { CandidatesView } from '../../components/my-terms/CandidatesView.tsx';
import type { RowAction } from '../../components/my-terms/CandidateRow.tsx';
import { MergeChooser, type MergeTarget } from '../../components/my-terms/MergeChooser.tsx';
import { categoryOf, openCandidates, sourcesOf } from '../../lib/candidates/open.ts';
import { restoreCandidate } from '../../lib/candidates/dismiss.ts';
import type { PolicyDatabase } from '../../lib/db.ts';
import type { UserDocument } from '../../lib/documents/types.ts';
import type { ExtractedCandidate } from '../../lib/extract/extract.ts';
import { docHref, termHref } from '../../lib/glossary-page/route.ts';
import { t } from '../../lib/i18n.ts';
import { announceMyTermsChanged } from '../../lib/my-glossary/announce.ts';
import { aliasOfBuiltIn, newTermValues, withForm } from '../../lib/my-glossary/edit.ts';
import type { OwnerOf } from '../../lib/my-glossary/owners.ts';
import { dismissCandidate, saveMyTerm } from '../../lib/my-glossary/store.ts';
import { termProblemText } from '../../lib/my-terms/problem-text.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { toSimplified } from '../../lib/script/convert.ts';
import type { TermEntry } from '../../lib/types.ts';
import { reasonOf } from './Library.tsx';
import { TermEditor } from './TermEditor.tsx';
import type { Extraction } from './use-candidates.ts';
import { useMergeSearch } from './use-merge-search.ts';

/** Candidates drawn at a time; "more" adds as many again. */
const PAGE = 50;

export interface CandidatesProps {
  db: PolicyDatabase;
  extraction: Extraction | null;
  docs: UserDocument[];
  dismissed: ReadonlySet<string>;
  myTerms: MyTerm[];
  builtIn: TermEntry[];
  byId: ReadonlyMap<string, TermEntry>;
  ownerOf: OwnerOf;
}

export function Candidates(props: CandidatesProps) {
  const { db, extraction, ownerOf } = props;
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState<{ term: string; action: RowAction } | null>(null);
  const [notice, setNotice] = useState<ComponentChild>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [mergeQuery, setMergeQuery] = useState('');
  const [mergeProblem, setMergeProblem] = useState<string | null>(null);
  const documents = useMemo(() => new Map(props.docs.map((d) => [d.id, d])), [props.docs]);
  const list = useMemo(
    () => openCandidates(extraction?.candidates ?? [], props.dismissed, ownerOf),
    [extraction, props.dismissed, ownerOf],
  );
  const mergeResults = useMergeSearch(props.builtIn, props.myTerms, mergeQuery);

  const done = (term: MyTerm, key: 'candidateAdded' | 'candidateMerged', into = term) => {
    setOpen(null);
    setNotice(
      <>
        {t(key, term.term)}{' '}
        <a
          href={termHref(into.aliasOf ?? into.id)}
          lang={key === 'candidateAdded' ? undefined : 'zh'}
        >
          {key === 'candidateAdded' ? t('candidateOpen') : into.term}
        </a>{' '}
      </>,
    );
  };

  const merge = async (c: ExtractedCandidate, target: MergeTarget) => {
    const sources = sourcesOf(c, documents);
    const mine = props.myTerms.find((x) => x.id === target.id);
    const builtIn = props.byId.get(target.id);
    const made = mine
      ? withForm(mine, c.term, sources, ownerOf)
      : builtIn
        ? aliasOfBuiltIn(builtIn, c.term, sources, ownerOf)
        : null;
    if (!made) return;
    if (!made.ok) {
      setMergeProblem(
        'taken' in made
          ? t('termFormTakenMine', made.taken.form)
          : t('termFormInvalid', termProblemText(made.problem)),
      );
      return;
    }
    try {
      await saveMyTerm(db, made.term);
    } catch (error) {
      setMergeProblem(t('libraryStoreFailed', reasonOf(error)));
      return;
    }
    await announceMyTermsChanged();
    done(
      { ...made.term, term: c.term },
      'candidateMerged',
      mine ? made.term : { ...made.term, term: builtIn?.term ?? target.term },
    );
  };

  const body = (c: ExtractedCandidate, action: RowAction): ComponentChild =>
    action === 'accept' ? (
      <TermEditor
        id={`accept-${list.indexOf(c)}`}
        db={db}
        initial={newTermValues(c.term, categoryOf(c))}
        sources={sourcesOf(c, documents)}
        ownerOf={ownerOf}
        onSaved={(term) => done(term, 'candidateAdded')}
        onCancel={() => setOpen(null)}
      />
    ) : (
      <MergeChooser
        id={`merge-${list.indexOf(c)}`}
        candidate={c.term}
        query={mergeQuery}
        results={mergeResults}
        problem={mergeProblem}
        onQuery={setMergeQuery}
        onChoose={(target) => void merge(c, target)}
        onCancel={() => setOpen(null)}
      />
    );

  const openRow = open && list.find((c) => c.term === open.term);
  return (
    <CandidatesView
      state={extraction?.state ?? { kind: 'busy', documents: props.docs.length, characters: 0 }}
      candidates={list}
      shown={shown}
      documents={documents}
      docHref={(id) => docHref(id)}
      locate={locate}
      open={openRow && open ? { ...open, body: body(openRow, open.action) } : null}
      notice={notice}
      dismissed={dismissed}
      onAction={(c, action) => {
        setNotice(null);
        if (action === 'dismiss') {
          setDismissed(c.term);
          void dismissCandidate(db, c.term);
          return;
        }
        setMergeQuery('');
        setMergeProblem(null);
        setOpen(open?.term === c.term && open.action === action ? null : { term: c.term, action });
      }}
      onUndo={() => {
        if (dismissed !== null) void restoreCandidate(db, dismissed).then(() => setDismissed(null));
      }}
      onMore={() => setShown(shown + PAGE)}
    />
  );
}

/** The candidate (simplified) in a sentence as written, either script. */
function locate(sentence: string, term: string): [number, number] | null {
  let at = sentence.indexOf(term);
  if (at < 0) {
    const simplified = toSimplified(sentence);
    // Offsets carry over only when conversion kept the length (it nearly always does).
    if (simplified.length === sentence.length) at = simplified.indexOf(term);
  }
  return at < 0 ? null : [at, at + term.length];
}
