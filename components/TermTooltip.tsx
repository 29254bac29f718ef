// The tooltip's content: props in, callbacks out. The content script hosts it in a shadow root.

import { t } from '../lib/i18n.ts';
import type { TermView } from '../lib/messaging.ts';
import { langOf, type ReadingScript } from '../lib/script/reading-script.ts';

export interface InnerTerm {
  id: string;
  label: string;
}

export interface TermTooltipProps {
  view: TermView;
  script: ReadingScript;
  inner: InnerTerm[];
  status?: string;
  onRelated(id: string): void;
  onOpen(id: string): void;
  onSave(): void;
  onDisableSite(): void;
  onClose(): void;
}

export function TermTooltip(props: TermTooltipProps) {
  const { view, script, inner, status } = props;
  const { entry } = view;
  const { headword, members } = view.shown;
  return (
    <div class="tip" role="tooltip" id="ptr-tooltip" lang={langOf(script)}>
      <div class="header">
        <div class="head">
          <span class="headword">{headword}</span>
          <span class="pinyin" lang="zh-Latn-pinyin">
            {entry.pinyin}
          </span>
        </div>
        <div class="sub">
          <span class="english" lang="en">
            {entry.english}
          </span>
          <span class={`badge cat-${entry.category}`}>{t(`category_${entry.category}`)}</span>
          {entry.topic && <span class="badge topic">{t(`topic_${entry.topic}`)}</span>}
        </div>
        <button type="button" class="close" aria-label={t('tooltipClose')} onClick={props.onClose}>
          ×
        </button>
      </div>
      {entry.first && (
        <p class="provenance">
          {t('corpusLine', [entry.first, String(entry.mentions), String(entry.days)])}
        </p>
      )}
      <p class="definition">{view.shown.definition}</p>
      {members.length > 0 && (
        <section>
          <h3>{t('tooltipMembers')}</h3>
          <ol class="members">
            {members.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ol>
        </section>
      )}
      {view.excerpts.length > 0 && (
        <section>
          <h3>{t('tooltipSources')}</h3>
          {view.excerpts.map((x) => (
            <figure class="excerpt" key={`${x.doc}:${x.text}`}>
              <blockquote>
                <MarkedSentence text={x.text} at={x.at} />
              </blockquote>
              <figcaption>
                {x.title} · <time>{x.date}</time>
              </figcaption>
            </figure>
          ))}
        </section>
      )}
      {(view.related.length > 0 || inner.length > 0) && (
        <section class="links">
          {inner.length > 0 && <h3>{t('tooltipInner')}</h3>}
          {inner.map((x) => (
            <button
              type="button"
              class="chip"
              key={`i-${x.id}`}
              onClick={() => props.onRelated(x.id)}
            >
              {x.label}
            </button>
          ))}
          {view.related.length > 0 && <h3>{t('tooltipRelated')}</h3>}
          {view.related.map((r) => (
            <button type="button" class="chip" key={r.id} onClick={() => props.onRelated(r.id)}>
              {r.label}
            </button>
          ))}
        </section>
      )}
      <footer>
        <button type="button" onClick={() => props.onOpen(entry.id)}>
          {t('tooltipOpen')}
        </button>
        <button type="button" class="save" onClick={props.onSave}>
          {t('tooltipSave')}
        </button>
        <button type="button" onClick={props.onDisableSite}>
          {t('tooltipDisableSite')}
        </button>
      </footer>
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}

/** A sentence with the term inside it marked, when its place is known. */
function MarkedSentence({ text, at }: { text: string; at?: [number, number] }) {
  if (!at || at[1] > text.length) return <>{text}</>;
  return (
    <>
      {text.slice(0, at[0])}
      <mark>{text.slice(at[0], at[1])}</mark>
      {text.slice(at[1])}
    </>
  );
}
