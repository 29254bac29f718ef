// The welcome page's sample: two passages quoted word for word from the seed documents' cleaned
// text (one simplified, one traditional), so the marks and tooltips a new user tries are the
// real ones. Elisions are marked with "……". docId is the glossary's document id (its reader).
export interface SamplePassage {
  docId: string;
  title: string;
  date: string;
  lang: 'zh-Hans' | 'zh-Hant';
  text: string;
}

export const SAMPLE: SamplePassage[] = [
  {
    docId: 'moe-2023-national-education-work-conference',
    title: '学习全国教育工作会议精神',
    date: '2023-01-12',
    lang: 'zh-Hans',
    text:
      '会议强调，……深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、' +
      '做到“两个维护”，坚持稳中求进工作总基调，坚持和加强党对教育工作的全面领导，' +
      '全面贯彻党的教育方针，落实立德树人根本任务，以教育强国建设为目标……',
  },
  {
    docId: 'moe-2024-national-education-work-conference',
    title: '2024年全國教育工作會議召開',
    date: '2024-01-11',
    lang: 'zh-Hant',
    text:
      '……全力推進教育強國建設規劃綱要編製工作,認真思考和回答“強國建設、教育何為”的時代課題;' +
      '堅定落實立德樹人根本任務,持續促進學生德智體美勞全面發展……',
  },
];
