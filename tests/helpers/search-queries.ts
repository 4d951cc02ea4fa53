/** The seed reports, by id. */
export const KUITUN = 'kuitun-2025';
export const XINJIANG = 'xinjiang-2018-2023';
export const CHENGZHONG = 'chengzhong-2019-2024';
export const CHANGLI = 'changli-2025';
export const SEED_REPORTS = [KUITUN, XINJIANG, CHENGZHONG, CHANGLI];

const [K, X, C, L] = [KUITUN, XINJIANG, CHENGZHONG, CHANGLI];
const ALL = SEED_REPORTS;

/**
 * Queries and the seed reports that hold them, checked by reading the cleaned reports (the 新疆
 * one in simplified form). Every report not listed must not be found. The search page's tests
 * (tests/browser/search.test.ts) and the measure of Pagefind's own Chinese indexing
 * (bench/segmenter.ts, docs/search.md) ask these.
 */
export const SEED_QUERIES: Array<[string, string[]]> = [
  ['职工书屋', ALL],
  ['户外劳动者驿站', [C, L]],
  ['集体合同', [X, C, L]],
  ['新就业形态', ALL],
  ['两癌筛查', [K, X, C]],
  ['追回欠薪', [K]],
  ['欠薪', [K, X, C]],
  ['驿站', [K, C, L]],
  ['帮扶', [K, X, C]],
  ['劳模', ALL],
  ['疗休养', [K, C]],
  ['法律援助', [L]],
  ['乡村振兴', [L]],
  ['职工之家', [K]],
  ['农民工', [K, C, L]],
  ['送温暖', [K, C, L]],
  ['产业工人', [X, L]],
  ['两新', [X, C]],
  ['工會', ALL],
  ['幫扶', [K, X, C]],
  ['職工書屋', ALL],
  ['集體合同', [X, C, L]],
  ['兩癌篩查', [K, X, C]],
  ['會員', [K, X, C]],
];

/** Written for the tests in the style of a work report. */
export const TERM_TEXT =
  '全年新建职工书屋12家，（其中）“职工之家”示范点3个；开展“两癌”筛查1,200余人次，为农民工追回欠薪44.9万元。2025年，APP线上入会 356人。';

/**
 * Terms and whether TERM_TEXT holds each whole (its letters and digits in a row, punctuation
 * aside): tests/contracts/search-tokens.test.ts holds the index tokens to it, and
 * bench/segmenter.ts Pagefind's own Chinese indexing.
 */
export const TERM_QUERIES: Array<[string, boolean]> = [
  ['职工书屋', true],
  ['两癌筛查', true],
  ['“两癌”筛查', true],
  ['追回欠薪', true],
  ['欠薪', true],
  ['44.9万元', true],
  ['1200', true],
  ['app', true],
  ['APP线上', true],
  ['职', true],
  ['职工', true],
  ['元', true],
  ['6人', true],
  ['356人', true],
  ['书屋职工', false],
  ['职工屋', false],
  ['工会', false],
  ['44.8', false],
  ['人次为', true],
  ['人次为农', true],
  ['元2', true],
  ['元x', false],
  ['6人x', false],
  ['薪酬', false],
];
