import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/base.css';
import '../../components/notebook/notebook.css';
import { t } from '../../lib/i18n.ts';
import { App } from './App.tsx';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('notebookTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
