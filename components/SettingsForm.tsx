// The settings form: shared by the options page. Props in, changes out; saving is the
// container's job (settings apply live in every tab through the storage item's watch).
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n.ts';
import {
  type HighlightStyle,
  parseSite,
  type Settings,
  type TooltipScript,
} from '../lib/settings.ts';
import { CATEGORIES, type Category, TOPICS, type Topic } from '../lib/types.ts';

export interface SettingsFormProps {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
}

const STYLES: [HighlightStyle, string][] = [
  ['underline', 'optionsStyleUnderline'],
  ['background', 'optionsStyleBackground'],
  ['none', 'optionsStyleNone'],
];
const SCRIPTS: [TooltipScript, string][] = [
  ['page', 'optionsScriptPage'],
  ['simplified', 'optionsScriptSimplified'],
  ['tw', 'optionsScriptTaiwan'],
  ['hk', 'optionsScriptHongKong'],
];

export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const toggleCategory = (category: Category, shown: boolean) => {
    const hidden = new Set(settings.hiddenCategories);
    if (shown) hidden.delete(category);
    else hidden.add(category);
    onChange({ hiddenCategories: CATEGORIES.filter((c) => hidden.has(c)) });
  };
  const toggleTopic = (topic: Topic, shown: boolean) => {
    const hidden = new Set(settings.hiddenTopics);
    if (shown) hidden.delete(topic);
    else hidden.add(topic);
    onChange({ hiddenTopics: TOPICS.filter((c) => hidden.has(c)) });
  };
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <label class="row">
        <input
          type="checkbox"
          name="enabled"
          checked={settings.enabled}
          onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
        />{' '}
        {t('optionsEnabled')}
      </label>
      <fieldset>
        <legend>{t('optionsStyle')}</legend>
        {STYLES.map(([value, label]) => (
          <label class="row" key={value}>
            <input
              type="radio"
              name="style"
              value={value}
              checked={settings.style === value}
              onChange={() => onChange({ style: value })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsScript')}</legend>
        {SCRIPTS.map(([value, label]) => (
          <label class="row" key={value}>
            <input
              type="radio"
              name="script"
              value={value}
              checked={settings.tooltipScript === value}
              onChange={() => onChange({ tooltipScript: value })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <ShownKinds
        legend={t('optionsCategories')}
        kinds={CATEGORIES}
        hidden={settings.hiddenCategories}
        name={(c) => `category-${c}`}
        label={(c) => t(`category_${c}`)}
        onToggle={toggleCategory}
        about={{ summary: t('categoryAboutSummary'), text: (c) => t(`categoryAbout_${c}`) }}
      />
      <ShownKinds
        legend={t('optionsTopics')}
        kinds={TOPICS}
        hidden={settings.hiddenTopics}
        name={(topic) => `topic-${topic}`}
        label={(topic) => t(`topic_${topic}`)}
        onToggle={toggleTopic}
        about={{ summary: t('topicAboutSummary'), text: (topic) => t(`topicAbout_${topic}`) }}
      />
      <fieldset>
        <legend>{t('optionsDisabledSites')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('optionsNoDisabledSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>{' '}
                <button
                  type="button"
                  aria-label={`${t('optionsRemove')} ${site}`}
                  onClick={() =>
                    onChange({ disabledSites: settings.disabledSites.filter((s) => s !== site) })
                  }
                >
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <AddSite
          onAdd={(site) =>
            settings.disabledSites.includes(site) ||
            onChange({ disabledSites: [...settings.disabledSites, site] })
          }
        />
      </fieldset>
    </form>
  );
}

/** A site typed in (a host or any address on it) joins the off-list; nonsense is named, not kept. */
function AddSite({ onAdd }: { onAdd(site: string): void }) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState('');
  const add = () => {
    const site = parseSite(text);
    if (!site) {
      setInvalid(text.trim());
      return;
    }
    onAdd(site);
    setText('');
    setInvalid('');
  };
  return (
    <div class="add-site">
      <label for="add-site">{t('optionsSiteLabel')}</label>
      <div>
        <input
          id="add-site"
          type="text"
          inputMode="url"
          value={text}
          placeholder={t('optionsSitePlaceholder')}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? 'add-site-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Inside the settings <form>: Enter adds the site instead of submitting.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />{' '}
        <button type="button" onClick={add}>
          {t('optionsAddSite')}
        </button>
      </div>
      {invalid && (
        <p id="add-site-error" class="error" role="alert">
          {t('optionsSiteInvalid', invalid)}
        </p>
      )}
    </div>
  );
}

/** One checkbox per kind of term (category or topic), checked while its marks are shown. */
function ShownKinds<K extends string>(props: {
  legend: string;
  kinds: readonly K[];
  hidden: readonly K[];
  name(kind: K): string;
  label(kind: K): string;
  onToggle(kind: K, shown: boolean): void;
  /** What each kind means, behind a disclosure (the grid stays scannable). */
  about?: { summary: string; text(kind: K): string };
}) {
  const { about } = props;
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="grid">
        {props.kinds.map((kind) => (
          <label class="row" key={kind}>
            <input
              type="checkbox"
              name={props.name(kind)}
              checked={!props.hidden.includes(kind)}
              onChange={(e) => props.onToggle(kind, e.currentTarget.checked)}
            />{' '}
            {props.label(kind)}
          </label>
        ))}
      </div>
      {about && (
        <details class="about">
          <summary>{about.summary}</summary>
          <dl>
            {props.kinds.map((kind) => (
              <div key={kind}>
                <dt>{props.label(kind)}</dt>
                <dd>{about.text(kind)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </fieldset>
  );
}
