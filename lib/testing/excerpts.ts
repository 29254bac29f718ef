// Excerpts for notebook tests and the bench.
import type { SavedExcerpt } from '../db.ts';

let next = 1;

export function makeExcerpt(overrides: Partial<SavedExcerpt> = {}): SavedExcerpt {
  const id = overrides.id ?? next++;
  const createdAt = overrides.createdAt ?? Date.UTC(2025, 0, 1) + id * 60_000;
  return {
    id,
    exact: '落实立德树人根本任务',
    prefix: '高举中国特色社会主义伟大旗帜，',
    suffix: '，奋力建设高质量教育体系',
    start: 100,
    end: 110,
    url: 'https://www.moe.gov.cn/a.html',
    title: '教育部党组印发通知',
    site: 'www.moe.gov.cn',
    createdAt,
    updatedAt: createdAt,
    terms: [],
    note: '',
    tags: [],
    ...overrides,
  };
}
