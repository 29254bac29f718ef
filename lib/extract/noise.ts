// Candidates that are plainly not new terms: no Chinese at all (“2025”, “AI”), or a term the
// glossary already has with a function word stuck to it (两个确立的, 把双减, 双减中), which the
// span rules pick up where a quote or a name runs on into the sentence.
import type { KnownOf } from './extract.ts';

const HAN = /[\u3400-\u9fff]/;
/** Function words that open a clause before a term: prepositions, conjunctions, adverbs. */
const BEFORE = '的了是和与及在对把将从向为以让使被也都就又还即';
/** Particles and localisers that follow a term: structural 的, aspect 了, 中/上/里 "in". */
const AFTER = '的了是和与及在等中上下里时者们';
/** At most this many function words are stripped from each end. */
const MAX_STRIP = 2;

export function isNoise(term: string, knownOf: KnownOf): boolean {
  if (!HAN.test(term)) return true;
  if (knownOf(term)) return false;
  for (const core of cores(term)) if (core.length >= 2 && knownOf(core)) return true;
  return false;
}

/** The term with up to MAX_STRIP function words cut from its start, its end, or both. */
function cores(term: string): string[] {
  const out: string[] = [];
  for (
    let head = 0;
    head <= MAX_STRIP && (head === 0 || BEFORE.includes(term[head - 1] ?? ''));
    head++
  ) {
    for (
      let tail = 0;
      tail <= MAX_STRIP && (tail === 0 || AFTER.includes(term[term.length - tail] ?? ''));
      tail++
    ) {
      if (head + tail > 0) out.push(term.slice(head, term.length - tail));
    }
  }
  return out;
}
