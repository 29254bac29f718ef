import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/base.css';
import '../../components/glossary/glossary.css';
import '../../components/library/library.css';
import '../../components/my-terms/my-terms.css';
// The reader draws term marks with the same ::highlight rules as the content script.
import '../content/highlights.css';
import { App } from './App.tsx';

document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
