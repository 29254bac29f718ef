// The reader: one source document, cleaned, with its metadata and the terms it contains. The
// article is plain text blocks; the container scans it and draws the term marks over it with
// the CSS Custom Highlight API, as the content script does on the web.
import type { Ref } from 'preact';
import type { DocumentTerm } from '../../lib/glossary-page/reader.ts';
import { t } from '../../lib/i18n.ts';
import type { SeedDocument } from '../../lib/types.ts';

export interface DocumentReaderProps {
  /** A seed, or a user's document (which may have a 文号 and no date). */
  doc: SeedDocument & { docNumber?: string };
  /** Null while they are being matched (a user's document, once its marks are drawn). */
  terms: DocumentTerm[] | null;
  highlight: boolean;
  /** Whether this browser can draw the marks at all. */
  canHighlight: boolean;
  articleRef: Ref<HTMLElement>;
  termHref(id: string): string;
  docHref(id: string, offset: number): string;
  onHighlight(on: boolean): void;
  /** The language tag of the term list's headwords (the reader's script). */
  termsLang?: string;
}

type Block = SeedDocument['blocks'][number];

/** Consecutive list items share one list. */
function groupBlocks(blocks: Block[]): (Block | Block[])[] {
  const out: (Block | Block[])[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind === 'list-item' && Array.isArray(last)) last.push(block);
    else out.push(block.kind === 'list-item' ? [block] : block);
  }
  return out;
}

export function DocumentReader(props: DocumentReaderProps) {
  const { doc, terms } = props;
  const lang = doc.script === 'traditional' ? 'zh-Hant' : 'zh-Hans';
  const text = (b: Block) => doc.text.slice(b.start, b.end);
  const attrs = (b: Block) => ({ 'data-start': b.start, 'data-end': b.end, tabIndex: -1 });
  return (
    <div class="reader">
      <header class="doc-meta">
        <h1 tabIndex={-1} lang={lang}>
          {doc.title}
        </h1>
        <dl>
          <dt>{t('readerIssuer')}</dt>
          <dd lang={lang}>{doc.issuer || '—'}</dd>
          <dt>{t('readerDate')}</dt>
          <dd>{doc.date ? <time dateTime={doc.date}>{doc.date}</time> : t('libraryUndated')}</dd>
          {doc.docNumber && (
            <>
              <dt>{t('readerDocNumber')}</dt>
              <dd lang={lang}>{doc.docNumber}</dd>
            </>
          )}
          {doc.dateNote && (
            <>
              <dt>{t('readerDateNote')}</dt>
              <dd class="date-note" lang="en">
                {doc.dateNote}
              </dd>
            </>
          )}
          <dt>{t('readerScript')}</dt>
          <dd>
            {t(doc.script === 'traditional' ? 'readerScriptTraditional' : 'readerScriptSimplified')}
          </dd>
          {doc.source && (
            <>
              <dt>{t('readerSource')}</dt>
              <dd lang={lang}>{doc.source}</dd>
            </>
          )}
        </dl>
        {props.canHighlight ? (
          <label class="toggle">
            <input
              type="checkbox"
              checked={props.highlight}
              onChange={(e) => props.onHighlight(e.currentTarget.checked)}
            />{' '}
            {t('readerHighlight')}
          </label>
        ) : (
          <p class="muted">{t('readerNoHighlightApi')}</p>
        )}
      </header>
      <div class="reader-body">
        <article
          ref={props.articleRef}
          class="doc-text"
          lang={lang}
          aria-label={t('readerArticle')}
          data-doc={doc.id}
        >
          {groupBlocks(doc.blocks).map((item) =>
            Array.isArray(item) ? (
              <ul key={`l${item[0]?.start}`}>
                {item.map((b) => (
                  <li key={b.start} {...attrs(b)}>
                    {text(b)}
                  </li>
                ))}
              </ul>
            ) : item.kind === 'heading' ? (
              <h2 key={item.start} {...attrs(item)}>
                {text(item)}
              </h2>
            ) : (
              <p key={item.start} {...attrs(item)}>
                {text(item)}
              </p>
            ),
          )}
        </article>
        <aside class="doc-terms" aria-labelledby="doc-terms-h">
          <h2 id="doc-terms-h">{t('readerTerms')}</h2>
          {terms === null ? (
            <p class="muted" aria-busy="true">
              {t('loading')}
            </p>
          ) : terms.length === 0 ? (
            <p class="muted">{t('readerNoTerms')}</p>
          ) : (
            <ul>
              {terms.map((row) => (
                <li key={row.id}>
                  <a href={props.termHref(row.id)} lang={props.termsLang ?? 'zh-Hans'}>
                    {row.term}
                  </a>{' '}
                  <a
                    class="count muted"
                    href={props.docHref(doc.id, row.first)}
                    aria-label={t('readerFirstPlace', [row.term, String(row.count)])}
                  >
                    {row.count}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </div>
  );
}
