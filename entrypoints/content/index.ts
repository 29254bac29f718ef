import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReader } from './reader.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void startReader(ctx);
  },
});
