// The tooltip's content: a TooltipModel and the reading state in, callbacks out. Compact by
// default (headword, reading, English, a few lines of definition, one trimmed excerpt with the
// term marked, the actions); "More" shows the whole definition, every excerpt and related terms.
// The content script and the glossary's reader host it in a shadow root (tooltip-host.tsx).
import type { ComponentChildren } from 'preact';
import { t } from '../lib/i18n.ts';
import { excerptWindow } from '../lib/excerpt-window.ts';
import type { TooltipExcerpt, TooltipModel } from './tooltip-model.ts';

export type { InnerTerm } from './tooltip-model.ts';

/** What the reader has done inside the tooltip; the controller keeps it across redraws. */
export interface TooltipState {
  /** The excerpt shown when collapsed. */
  excerpt: number;
  expanded: boolean;
  /** Quotations in their source's own wording rather than the reader's script. */
  original: boolean;
}

export interface TermTooltipProps {
  model: TooltipModel;
  state: TooltipState;
  status?: string;
  onState(next: TooltipState): void;
  onRelated(id: string): void;
  onOpen(id: string): void;
  onSave(): void;
  onDisableSite(): void;
  onClose(): void;
}

export function TermTooltip(props: TermTooltipProps) {
  const { model, state, status } = props;
  const { excerpts } = model;
  const set = (change: Partial<TooltipState>) => props.onState({ ...state, ...change });
  const current = excerpts[state.excerpt % Math.max(1, excerpts.length)];
  const hasOriginal = excerpts.some((x) => x.original);
  const shown = state.expanded ? excerpts : current ? [current] : [];
  return (
    <div
      class={state.expanded ? 'tip expanded' : 'tip'}
      role="tooltip"
      id="ptr-tooltip"
      lang={model.lang}
    >
      <div class="body">
        <div class="header">
          <span class={model.headword.length > 8 ? 'headword long' : 'headword'}>
            {model.headword}
          </span>
          <span class="pinyin" lang="zh-Latn-pinyin">
            {model.pinyin}
          </span>
          <button
            type="button"
            class="close"
            aria-label={t('tooltipClose')}
            onClick={props.onClose}
          >
            ×
          </button>
        </div>
        <p class="english" lang="en" title={model.english}>
          {model.english}
        </p>
        <p class="meta">
          {model.mine && <span class="badge mine">{t('tooltipMine')}</span>}
          <span class={`badge cat-${model.category}`}>{t(`category_${model.category}`)}</span>
          {model.topic && <span class="badge topic">{t(`topic_${model.topic}`)}</span>}
          {model.inner.length > 0 && (
            <span class="inner">
              <span class="inner-label">{t('tooltipInner')}</span>
              {model.inner.map((x) => (
                <button type="button" class="chip" key={x.id} onClick={() => props.onRelated(x.id)}>
                  {x.label}
                </button>
              ))}
            </span>
          )}
          {model.provenance && (
            <span
              class="provenance"
              title={t('corpusLine', [
                model.provenance.first,
                String(model.provenance.mentions),
                String(model.provenance.days),
              ])}
            >
              {state.expanded
                ? t('corpusLine', [
                    model.provenance.first,
                    String(model.provenance.mentions),
                    String(model.provenance.days),
                  ])
                : t('tooltipFirstSeen', model.provenance.first)}
            </span>
          )}
        </p>
        <p class="definition">{model.definition}</p>
        {model.members.length > 0 && (
          <section class="members-box" aria-label={t('tooltipMembers')}>
            <h3>{t('tooltipMembers')}</h3>
            <ol class="members">
              {model.members.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ol>
          </section>
        )}
        {shown.length > 0 && (
          <section class="excerpts" aria-label={t('tooltipSources')}>
            {shown.map((x, i) => (
              <Excerpt
                key={`${x.title}:${x.date}:${i}`}
                excerpt={x}
                headword={model.headword}
                whole={state.expanded}
                original={state.original}
              >
                {i === shown.length - 1 && (
                  <>
                    {!state.expanded && excerpts.length > 1 && (
                      <button
                        type="button"
                        class="link"
                        aria-keyshortcuts="n"
                        title={t('tooltipNextExcerptHint')}
                        onClick={() => set({ excerpt: (state.excerpt + 1) % excerpts.length })}
                      >
                        {t('tooltipExcerptOf', [
                          String((state.excerpt % excerpts.length) + 1),
                          String(excerpts.length),
                        ])}{' '}
                        ›
                      </button>
                    )}
                    {hasOriginal && (
                      <button
                        type="button"
                        class="link"
                        aria-pressed={state.original}
                        onClick={() => set({ original: !state.original })}
                      >
                        {t('tooltipOriginal')}
                      </button>
                    )}
                  </>
                )}
              </Excerpt>
            ))}
          </section>
        )}
        {state.expanded && model.related.length > 0 && (
          <section class="links" aria-label={t('tooltipRelated')}>
            <h3>{t('tooltipRelated')}</h3>
            {model.related.map((r) => (
              <button type="button" class="chip" key={r.id} onClick={() => props.onRelated(r.id)}>
                {r.label}
              </button>
            ))}
          </section>
        )}
      </div>
      <footer>
        <button type="button" aria-keyshortcuts="o" onClick={() => props.onOpen(model.id)}>
          {t('tooltipOpen')} <kbd>O</kbd>
        </button>
        <button type="button" class="save" aria-keyshortcuts="s" onClick={props.onSave}>
          {t('tooltipSave')} <kbd>S</kbd>
        </button>
        <button
          type="button"
          aria-keyshortcuts="m"
          aria-expanded={state.expanded}
          onClick={() => set({ expanded: !state.expanded })}
        >
          {state.expanded ? t('tooltipLess') : t('tooltipMore')} <kbd>M</kbd>
        </button>
        {state.expanded && (
          <button type="button" class="quiet" onClick={props.onDisableSite}>
            {t('tooltipDisableSite')}
          </button>
        )}
        {status && (
          <p class="status" role="status">
            {status}
          </p>
        )}
      </footer>
    </div>
  );
}

/** One quotation: trimmed around the term when collapsed, the whole sentence when expanded. */
function Excerpt(props: {
  excerpt: TooltipExcerpt;
  headword: string;
  whole: boolean;
  original: boolean;
  /** Controls shown at the end of the caption's line (next quotation, original wording). */
  children?: ComponentChildren;
}) {
  const { excerpt, headword, whole } = props;
  const useOriginal = props.original && excerpt.original !== undefined;
  const text = useOriginal ? (excerpt.original as string) : excerpt.text;
  // Offsets belong to `text`; the original wording is searched for the term instead.
  const at = useOriginal ? undefined : excerpt.at;
  const w = excerptWindow(text, at, headword, whole ? Number.MAX_SAFE_INTEGER : 48);
  return (
    <figure class="excerpt">
      <blockquote>
        {w.cutStart && '…'}
        {w.before}
        {w.term && <mark>{w.term}</mark>}
        {w.after}
        {w.cutEnd && '…'}
      </blockquote>
      <div class="caption-row">
        <figcaption title={`${excerpt.title} · ${excerpt.date}`}>
          <time>{excerpt.date}</time> · {excerpt.title}
        </figcaption>
        {props.children}
      </div>
    </figure>
  );
}
