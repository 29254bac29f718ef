import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/base.css';
import '../../components/welcome/welcome.css';
// The sample is marked with the same ::highlight rules as the content script draws on the web.
import '../content/highlights.css';
import { t } from '../../lib/i18n.ts';
import { App } from './App.tsx';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('welcomeTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
