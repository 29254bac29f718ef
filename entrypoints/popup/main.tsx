import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/base.css';
import { App } from './App.tsx';

// The UI language, so screen readers pronounce the strings with the right voice.
document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
