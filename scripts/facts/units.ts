/**
 * Measure words and units that count things in work reports, longest first so that
 * `人次` wins over `人`. Years, months, days and `届` are absent on purpose: a number
 * before them is a date or an ordinal, never a fact.
 */
export const UNITS = [
  '平方米', '万人次', '个月', '人次', '场次', '户次', '个次', '家次', '批次', '课时', '学时', '小时', '公里', '公斤',
  '领域', '方面', '部分', '类别', '板块', '片区',
  '名', '人', '位', '户', '家', '个', '项', '条', '件', '起', '次', '场', '期', '批', '篇', '份', '册', '本', '支',
  '队', '处', '所', '座', '间', '套', '台', '辆', '张', '块', '幅', '部', '首', '轮', '类', '种', '组', '班', '堂',
  '门', '栋', '亩', '吨', '斤', '米', '天', '单', '笔', '宗', '例', '对', '元', '%',
].sort((a, b) => b.length - a.length);

/** Units that may follow `N大` (`六大领域`, `3大方面`); `四大工程` is a programme name. */
export const CATEGORY_UNITS = ['领域', '方面', '类别', '板块', '片区', '类'];

/** Durations, which also read as adjectives (`24小时智能化驿站`). */
export const TIME_UNITS = new Set(['小时', '天', '课时', '学时', '个月']);

/**
 * A unit followed by one of these characters begins a longer word instead
 * (`户外`, `家庭`, `期间`, `处置`), so the number before it is not a count of it.
 */
export const WORD_CONTINUATIONS: Record<string, string> = {
  户: '外籍口', 家: '庭电居属长乡', 期: '间刊望待', 处: '理置长罚', 所: '在属有以得', 位: '于置',
  场: '所地馆景', 项: '目', 间: '断隔', 部: '门署', 本: '地级人', 班: '子组长', 对: '于象接', 单: '位元独',
};

/** Spelling variants that count the same thing: `场(次)`, `人(次)`, `人/次` are 场次 and 人次. */
export function normalizeUnit(unit: string, countedTwice: boolean): string {
  if (unit === '万人次') return '人次';
  return countedTwice && !unit.endsWith('次') ? `${unit}次` : unit;
}
