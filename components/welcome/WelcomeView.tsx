// The welcome page: what the extension does, a sample to hover, the shortcuts, where things are.
// Props in, callbacks out; entrypoints/welcome/App.tsx reads the shortcuts and marks the sample.
import { Fragment, type Ref } from 'preact';
import { t } from '../../lib/i18n.ts';
import type { SamplePassage } from '../../lib/welcome-sample.ts';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the user (or a clash with another extension) left it unassigned. */
  keys: string;
}

export interface WelcomeViewProps {
  sample: SamplePassage[];
  sampleRef: Ref<HTMLDivElement>;
  /** False where the browser lacks the CSS Custom Highlight API. */
  canMark: boolean;
  marksHidden: boolean;
  onShowMarks(): void;
  /** Null while they are read from the browser. */
  shortcuts: Shortcut[] | null;
  iconUrl: string;
}

/** The extension's own pages, each with its name and what it is for (read when drawn). */
const PAGES: [page: string, name: () => string, text: () => string][] = [
  ['glossary', () => t('popupGlossary'), () => t('welcomeGlossaryText')],
  ['notebook', () => t('popupNotebook'), () => t('welcomeNotebookText', t('tooltipSave'))],
  ['options', () => t('popupOptions'), () => t('welcomeOptionsText')],
];

export function WelcomeView(props: WelcomeViewProps) {
  const { sample, shortcuts } = props;
  return (
    <main class="welcome">
      <header>
        <img src={props.iconUrl} width={48} height={48} alt="" />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="intro">{t('welcomeIntro')}</p>

      <section aria-labelledby="try">
        <h2 id="try">{t('welcomeTryTitle')}</h2>
        <p class="muted">{props.canMark ? t('welcomeTryHint') : t('welcomeNoHighlight')}</p>
        {/* Only the passages are marked: the captions below sit outside the scanned element. */}
        <div class="sample" ref={props.sampleRef}>
          {sample.map((p) => (
            <blockquote key={p.docId} lang={p.lang}>
              <p>{p.text}</p>
            </blockquote>
          ))}
        </div>
        <ul class="sources muted">
          {sample.map((p) => (
            <li key={p.docId} lang={p.lang}>
              <a
                href={`glossary.html#/doc/${encodeURIComponent(p.docId)}`}
                target="_blank"
                rel="noopener"
              >
                {t('welcomeSampleSource', [p.title, p.date])}
              </a>
            </li>
          ))}
        </ul>
        {props.marksHidden && (
          <p class="muted" role="status">
            {t('welcomeMarksHidden')}{' '}
            <button type="button" class="show-marks" onClick={props.onShowMarks}>
              {t('welcomeShowMarks')}
            </button>
          </p>
        )}
      </section>

      <section aria-labelledby="keys">
        <h2 id="keys">{t('welcomeShortcutsTitle')}</h2>
        {shortcuts === null ? (
          <p class="muted">{t('loading')}</p>
        ) : (
          <dl class="shortcuts">
            {shortcuts.map((s) => (
              <div key={s.name}>
                <dt>
                  {s.keys ? (
                    <kbd>{s.keys}</kbd>
                  ) : (
                    <span class="muted">{t('welcomeShortcutUnset')}</span>
                  )}
                </dt>
                <dd>{s.description}</dd>
              </div>
            ))}
          </dl>
        )}
        <p class="muted">{t('welcomeShortcutsChange')}</p>
      </section>

      <section aria-labelledby="where">
        <h2 id="where">{t('welcomeWhereTitle')}</h2>
        <dl class="where">
          <dt>{t('welcomePopupName')}</dt>
          <dd>{t('welcomePopupText')}</dd>
          {PAGES.map(([page, name, text]) => (
            <Fragment key={page}>
              <dt>
                <a href={`${page}.html`} target="_blank" rel="noopener">
                  {name()}
                </a>
              </dt>
              <dd>{text()}</dd>
            </Fragment>
          ))}
        </dl>
        <p class="muted">{t('welcomeLater')}</p>
      </section>
    </main>
  );
}
