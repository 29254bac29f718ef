import { render } from 'preact';
import '../../components/base.css';
import './options.css';
import { OptionsApp } from './OptionsApp.tsx';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
