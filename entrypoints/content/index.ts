import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReader } from './reader.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage() our extension id to every page on start, which
  // fingerprints the user and lets a page spoof the "newer script started" event that stops us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startReader(ctx);
  },
});
