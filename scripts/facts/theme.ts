import { THEMES, type Theme } from '../../src/contracts/fact.ts';

/** Words that mark each theme of union work (design.md §3), in simplified Chinese. */
export const THEME_WORDS: Record<Exclude<Theme, 'other'>, string[]> = {
  ideology: [
    '思想', '思政', '理论', '宣讲', '宣传', '学习', '主题教育', '党史', '精神', '意识形态', '文体', '文化', '文艺', '读书', '演讲', '朗诵',
    '诵读', '知识竞赛', '运动会', '乒乓球', '羽毛球', '台球', '健步走', '登山', '联谊', '交友', '摄影', '书画', '嘉年华', '彩虹跑',
    '自行车赛', '代表队', '媒体', '刊发', '稿件', '供稿', '推送', '浏览', '公众号', '风采', '橱窗', '显示屏', '巡展', '榜样',
  ],
  skills: [
    '技能', '竞赛', '大赛', '比武', '练兵', '创新', '成果', '劳模', '劳动模范', '工匠', '先进工作者', '先锋号', '奖章', '奖状', '最美劳动者',
    '技术', '人才', '订单班', '学历', '等级', '技术难题', '师徒', '选手', '参赛', '工种', '产业工人', '示范单位', '培训班', '照护', '营销',
    '评选', '获评', '表彰', '助企',
  ],
  rights: [
    '法律', '法治', '普法', '维权', '律师', '劳动关系', '集体协商', '集体合同', '合同', '欠薪', '讨薪', '工资', '劳动报酬', '纠纷',
    '调解', '争议', '监督', '民主管理', '建制率', '信访', '安全生产', '法律援助', '权益', '工单', '法规',
  ],
  welfare: [
    '帮扶', '慰问', '困难职工', '救助', '脱困', '送温暖', '送清凉', '助学', '普惠', '医疗互助', '互助保障', '报销', '体检', '两癌',
    '筛查', '疗休养', '休养', '爱心早餐', '托管', '电影票', '观影', '以旧换新', '签单', '销售额', '物资', '志愿服务', '送医', '抗疫',
    '捐赠', '受益', '惠及', '走访',
  ],
  venues: ['书屋', '驿站', '职工之家', '群众之家', '阵地', '服务阵地', '文化阵地', '文化宫', '服务站点', '站点', '哺乳室', '温馨小屋', '托管班', '接待', '运营补贴'],
  organization: [
    '建会', '入会', '会员', '工会组织', '组建', '覆盖单位', '实名制', '法人登记', '两新', '行业工会', '联合会',
    '云平台', '录入', '数字化', '智慧工会',
  ],
  self: ['干部', '财务', '经费', '审计', '预决算', '内控', '巡察', '整改', '专用账户', '优秀工会组织', '作风', '廉政', '参训'],
};

export interface ThemeContext {
  /** The clause holding the quantity. */
  local: string;
  sentence: string;
  paragraph: string;
  /** Headings above the quantity, the nearest first. */
  headings: string[];
}

const WEIGHTS = { local: 6, sentence: 2, paragraph: 0.5, nearestHeading: 2, otherHeadings: 1 };

const VOCABULARY = (Object.entries(THEME_WORDS) as Array<[Theme, string[]]>)
  .flatMap(([theme, words]) => words.map((word) => ({ theme, word })))
  .sort((a, b) => b.word.length - a.word.length);

/**
 * Theme words found in a text, longest first and never overlapping, so `文化宫` counts
 * for venues and not also as `文化`; each word weighs its length, longer being more specific.
 */
function hits(text: string): Map<Theme, number> {
  const taken: boolean[] = [];
  const score = new Map<Theme, number>();
  for (const { theme, word } of VOCABULARY) {
    let at = text.indexOf(word);
    let found = false;
    while (at !== -1) {
      if (!taken.slice(at, at + word.length).some(Boolean)) {
        for (let i = at; i < at + word.length; i++) taken[i] = true;
        found = true;
      }
      at = text.indexOf(word, at + 1);
    }
    if (found) score.set(theme, (score.get(theme) ?? 0) + word.length);
  }
  return score;
}

/** The theme whose words weigh most around a quantity: its own clause first, then its sentence and headings. */
export function themeOf(context: ThemeContext): Theme {
  const weighted: Array<[string, number]> = [
    [context.local, WEIGHTS.local],
    [context.sentence, WEIGHTS.sentence],
    [context.paragraph, WEIGHTS.paragraph],
    [context.headings[0] ?? '', WEIGHTS.nearestHeading],
    ...context.headings.slice(1).map((h): [string, number] => [h, WEIGHTS.otherHeadings]),
  ];
  const total = new Map<Theme, number>();
  for (const [text, weight] of weighted) {
    for (const [theme, n] of hits(text)) total.set(theme, (total.get(theme) ?? 0) + weight * n);
  }
  let best: Theme = 'other';
  let bestScore = 0;
  for (const theme of THEMES) {
    const score = total.get(theme) ?? 0;
    if (score > bestScore) {
      best = theme;
      bestScore = score;
    }
  }
  return best;
}
