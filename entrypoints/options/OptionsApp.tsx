// Options page container: reads and writes the settings item; every open tab applies changes
// live through the item's watch.
import { useEffect, useState } from 'preact/hooks';
import { SettingsForm } from '../../components/SettingsForm.tsx';
import { t } from '../../lib/i18n.ts';
import { loadSettings, type Settings, settingsItem, updateSettings } from '../../lib/settings.ts';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    document.title = t('optionsTitle');
    document.documentElement.lang = t('@@ui_locale').replace('_', '-');
    void loadSettings().then(setSettings);
    return settingsItem.watch((next) => setSettings(next));
  }, []);
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {settings ? (
        <SettingsForm settings={settings} onChange={(change) => void updateSettings(change)} />
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
    </main>
  );
}
