import { foldPunctuation } from '../../src/contracts/punctuation.ts';

/**
 * Lines that belong to the page a report was copied from, not to the report: image
 * placeholders, carousel hints, site and forum chrome, legal footers. Each rule is a
 * whole-line pattern over the simplified text and only applies to short lines, so a
 * sentence of the report that happens to contain such a word is never dropped.
 */
export const NOISE_RULES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'image placeholder', pattern: /^[[【<(]?(?:图片|图|视频|音频|动图|gif)[\]】>)]?$/i },
  { name: 'image file name', pattern: /^\S{1,80}\.(?:jpe?g|png|gif|webp|bmp|svg|heic)$/i },
  { name: 'carousel hint', pattern: /^[<《(]?\s*(?:左右|上下)?滑动查看(?:更多|下一张)?\s*[>》)]?$/ },
  { name: 'tap hint', pattern: /^(?:点击|长按|扫描)(?:上方|下方|图片|二维码|阅读原文|关注).{0,30}$/ },
  { name: 'file photo note', pattern: /^\([^()]{0,10}(?:资料图|资料图片|配图|图片来源)[^()]{0,10}\)$/ },
  { name: 'tags line', pattern: /^(?:标签|关键词|关键字|tags?)\s*:.{0,60}$/i },
  { name: 'end mark', pattern: /^[[【(]?(?:完|全文完|end)[\]】)]?$/i },
  { name: 'forum navigation', pattern: /^(?:返回列表|发布新帖|快速回复|返回顶部|使用道具|本版积分规则|关灯|上一篇|下一篇|上一主题|下一主题|分享到|打印本页|关闭窗口|当前位置)(?:\s|$|[:|])/ },
  { name: 'view and reply counters', pattern: /(?:查看|阅读|浏览|回复|评论|点击)\s*:\s*\d+/ },
  { name: 'post date line', pattern: /^(?:发表于|发布于|发布时间)\s*:?\s*\S/ },
  { name: 'login prompt', pattern: /马上注册|立即注册|没有账号|登录后才可以|才可以下载或查看|^登录\s*[|]\s*注册$/ },
  { name: 'close button', pattern: /^[×✕✖]$/ },
  { name: 'lone action', pattern: /^(?:回复|举报|收藏|点赞|在看|分享|评论|阅读原文|阅读模式|查看全部)$/ },
  { name: 'follow prompt', pattern: /^(?:关注|扫一扫|扫码).{0,20}(?:公众号|微信|微博|二维码|管理员)/ },
  { name: 'group invitation', pattern: /^(?:QQ|微信)(?:会员)?群/i },
  { name: 'copyright', pattern: /copyright|©|版权所有|all rights reserved/i },
  { name: 'contact line', pattern: /e-?mail\s*:|邮箱\s*:|[\w.+-]+@[\w-]+\.[\w.]+/i },
  { name: 'powered by', pattern: /powered by/i },
  { name: 'licence numbers', pattern: /icp[备证]|公网安备/i },
];

export const NOISE_MAX_LENGTH = 80;

/** The name of the noise rule a line matches, or null for a line of the report. */
export function noiseRule(line: string): string | null {
  if (line.length > NOISE_MAX_LENGTH) return null;
  const reading = foldPunctuation(line);
  return NOISE_RULES.find((rule) => rule.pattern.test(reading))?.name ?? null;
}
