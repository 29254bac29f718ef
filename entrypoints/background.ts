import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/setup.ts';
import meta from '../lib/glossary-build/generated/glossary-meta.json';
import { fetchPackagedGlossary, fetchPackagedIndex } from '../lib/packaged-glossary.ts';

export default defineBackground(() => {
  startBackground(fetchPackagedGlossary, meta.hash, fetchPackagedIndex);
});
