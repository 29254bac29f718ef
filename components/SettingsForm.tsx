// The settings form: shared by the options page. Props in, changes out; saving is the
// container's job (settings apply live in every tab through the storage item's watch).
import { t } from '../lib/i18n.ts';
import type { HighlightStyle, Settings, TooltipScript } from '../lib/settings.ts';
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
  ['traditional', 'optionsScriptTraditional'],
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
      <fieldset>
        <legend>{t('optionsCategories')}</legend>
        <div class="grid">
          {CATEGORIES.map((category) => (
            <label class="row" key={category}>
              <input
                type="checkbox"
                name={`category-${category}`}
                checked={!settings.hiddenCategories.includes(category)}
                onChange={(e) => toggleCategory(category, e.currentTarget.checked)}
              />{' '}
              {t(`category_${category}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('optionsTopics')}</legend>
        <div class="grid">
          {TOPICS.map((topic) => (
            <label class="row" key={topic}>
              <input
                type="checkbox"
                name={`topic-${topic}`}
                checked={!settings.hiddenTopics.includes(topic)}
                onChange={(e) => toggleTopic(topic, e.currentTarget.checked)}
              />{' '}
              {t(`topic_${topic}`)}
            </label>
          ))}
        </div>
      </fieldset>
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
      </fieldset>
    </form>
  );
}
