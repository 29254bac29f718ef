import { describe, expect, it } from 'vitest';
import { detectMetadata, detectScript, findDate, findDocNumber } from './metadata.ts';

describe('findDate', () => {
  it('reads dates in Arabic and Chinese numerals and ISO form', () => {
    expect(findDate('2024年3月5日')).toBe('2024-03-05');
    expect(findDate('二〇二四年十二月二十一日')).toBe('2024-12-21');
    expect(findDate('发布时间：2023-07-09 10:00')).toBe('2023-07-09');
  });
  it('refuses impossible dates', () => {
    expect(findDate('2024年2月30日')).toBe('');
  });
});

describe('findDocNumber', () => {
  it('finds 文号 with any bracket style', () => {
    expect(findDocNumber('国务院文件\n国发〔2024〕5号\n')).toBe('国发〔2024〕5号');
    expect(findDocNumber('国办发[2023]12号')).toBe('国办发[2023]12号');
    expect(findDocNumber('2024年工作要点')).toBe('');
  });
});

describe('detectScript', () => {
  it('tells traditional from simplified text', () => {
    expect(detectScript('堅持立德樹人，發展素質教育，推進教育公平。')).toBe('traditional');
    expect(detectScript('坚持立德树人，发展素质教育，推进教育公平。')).toBe('simplified');
  });
});

describe('detectMetadata', () => {
  it('takes title, 文号, issuer and date from a notice laid out as issued', () => {
    const lines = [
      '国发〔2024〕5号',
      '国务院关于进一步做好教育工作的通知',
      '各省、自治区、直辖市人民政府：',
      '现就有关事项通知如下。',
      '国务院',
      '2024年3月5日',
    ];
    expect(detectMetadata(lines, { source: 'notice.pdf' })).toEqual({
      title: '国务院关于进一步做好教育工作的通知',
      issuer: '国务院',
      date: '2024-03-05',
      docNumber: '国发〔2024〕5号',
      source: 'notice.pdf',
      script: 'simplified',
    });
  });
  it('falls back to the issuer named before 关于 and leaves unknown fields empty', () => {
    const meta = detectMetadata(['教育部关于加强作业管理的通知', '各地要认真落实。']);
    expect(meta.issuer).toBe('教育部');
    expect(meta.date).toBe('');
    expect(meta.docNumber).toBe('');
  });
});
