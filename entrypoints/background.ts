import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/setup.ts';
import bundle from '../lib/glossary/generated/glossary.json';
import type { GlossaryBundle } from '../lib/types.ts';

export default defineBackground(() => {
  startBackground(bundle as unknown as GlossaryBundle);
});
