import { describe, expect, it } from 'vitest';
import { createScriptFold } from './script-fold.ts';

describe('the notebook script fold', () => {
  it('folds traditional text, case and width so one query finds both scripts', () => {
    const fold = createScriptFold();
    expect(fold('要深刻領悟“兩個確立”')).toBe(fold('要深刻领悟“两个确立”'));
    expect(fold('ＲＥＰＯＲＴ 黨')).toBe('report 党');
  });
});
