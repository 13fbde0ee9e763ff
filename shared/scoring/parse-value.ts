import { canonicalDecimal } from './exact';
import type {
  Comparator,
  ParsedValue,
  QualitativeSubtype,
  QuantitativeValue,
  UnparsedValue,
} from './types';

/**
 * The 指标值 / 实际完成值 parser (DOMAIN.md "指标值 — the target value is free text"). Every
 * distinct value of the five seed publications is in tests/unit/scoring/seed-values.ts with its
 * expected parse.
 *
 * Decisions worth knowing:
 * - `万` alone stays the unit `万` (ten thousand of a count): seed 001's `23.7173万` is 社区户数,
 *   not money. It converts to plain numbers and count units (×10 000), never to 万元.
 * - `百分比` is `%`. `>`/`<` are kept as written but score like `≥`/`≤` (tables use them loosely).
 * - A range (`4-6 个`) is `direction: 'positive'`; the engine scores both bounds.
 * - `及时` and other timeliness words without a date are judgements, not deadlines.
 * - Text that contains digits but fits no form is `unparsed`, not a judgement: a number the parser
 *   cannot place must be looked at by a person.
 */

/**
 * Two-generation cache: tables repeat the same few values (`≥95%`, `100%`), so hot values stay
 * while one-off ones age out with the older generation.
 */
const CACHE_GENERATION = 25_000;
let young = new Map<string, ParsedValue>();
let old = new Map<string, ParsedValue>();

export function parseValue(text: string): ParsedValue {
  if (typeof text !== 'string') return unparsed('', '不是文本');
  let result = young.get(text);
  if (result) return result;
  result = old.get(text);
  if (!result) {
    try {
      result = Object.freeze(parseUncached(text));
    } catch {
      result = Object.freeze(unparsed(text, '无法识别'));
    }
  }
  if (young.size >= CACHE_GENERATION) {
    old = young;
    young = new Map();
  }
  young.set(text, result);
  return result;
}

function unparsed(raw: string, reason: string): UnparsedValue {
  return { kind: 'unparsed', raw, reason };
}

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** Characters NFKC leaves alone but tables use as comparators or dashes. */
const CHAR_MAP: Record<string, string> = {
  '≧': '≥',
  '⩾': '≥',
  '≦': '≤',
  '⩽': '≤',
  '≯': '≤',
  '≮': '≥',
  '−': '-',
  '—': '-',
  '–': '-',
  '―': '-',
  '〜': '~',
  '﹪': '%',
};
const CHAR_MAP_RE = /[≧⩾≦⩽≯≮−—–―〜﹪]/g;
const NEEDS_NFKC = /[\uFF00-\uFFEF\u3000]/;
const SPACE_RE = /\s+/g;

/** Full-width forms to ASCII, comparator variants to one form. */
export function normaliseText(raw: string): string {
  let s = NEEDS_NFKC.test(raw) ? raw.normalize('NFKC') : raw;
  s = s.replace(CHAR_MAP_RE, (c) => CHAR_MAP[c] ?? c);
  return s;
}

const LATIN = /[A-Za-z]/;
const HAS_SPACE = /\s/;

/**
 * Removes PDF spaces: between CJK characters, digits and symbols they are extraction artefacts
 * (`2022 年 1 月`); a space between two Latin words is kept.
 */
function collapseSpaces(s: string): string {
  if (!HAS_SPACE.test(s)) return s;
  const t = s.trim().replace(SPACE_RE, ' ');
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    // `t` is trimmed, so a space always has a character on both sides.
    if (c === ' ' && !(LATIN.test(t.charAt(i - 1)) && LATIN.test(t.charAt(i + 1)))) continue;
    out += c;
  }
  return out;
}

const TRAILING_PUNCT = /[。，,；;、！!]+$/;

// ---------------------------------------------------------------------------------------------
// Quantitative grammar: [prefix comparator] number [unit] [- number [unit]] [suffix comparator]
// ---------------------------------------------------------------------------------------------

/** Longer words first: `不低于` before `低于`. */
const PREFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ['大于或等于', '>='],
  ['小于或等于', '<='],
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['控制在', '<='],
  ['至少', '>='],
  ['最少', '>='],
  ['至多', '<='],
  ['最多', '<='],
  ['达到', '>='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
  ['>=', '>='],
  ['=>', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['==', '='],
  ['≥', '>='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
  ['约', 'none'],
  ['≈', 'none'],
];

const SUFFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='],
  ['或以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['或以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['左右', 'none'],
  ['内', '<='],
];

const NUMBER = '[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const LEADING_NUMBER = new RegExp(`^(${NUMBER})(.*)$`);
const RANGE_REST = new RegExp(`^([^\\d~至到-]*)(?:-|~|至|到)(${NUMBER})([^\\d]*)$`);

const KNOWN_UNITS = new Set([
  '%',
  '元',
  '千元',
  '万元',
  '亿元',
  '万',
  '亿',
  '个',
  '人',
  '人次',
  '户',
  '户次',
  '名',
  '位',
  '辆',
  '台',
  '套',
  '件',
  '天',
  '日',
  '工作日',
  '个工作日',
  '次',
  '场',
  '场次',
  '批',
  '批次',
  '种',
  '类',
  '年',
  '月',
  '个月',
  '周',
  '小时',
  '分钟',
  '项',
  '家',
  '期',
  '份',
  '册',
  '本',
  '所',
  '处',
  '栋',
  '座',
  '间',
  '平方米',
  '平米',
  '平方公里',
  '公里',
  '千米',
  '米',
  '亩',
  '吨',
  '条',
  '篇',
  '张',
  '株',
  '棵',
  '课时',
  '学时',
  '班',
  '岗',
  '支',
  '宗',
  '起',
  '例',
  '个社区',
  '个小区',
  '社区',
  '小区',
  '村',
  '元/人',
  'km',
  'kg',
  '千克',
  '公斤',
  '立方米',
]);

const UNIT_ALIASES: Record<string, string> = {
  百分比: '%',
  百分点: '%',
  '㎡': '平方米',
  'm²': '平方米',
  m2: '平方米',
  'm³': '立方米',
  KM: 'km',
  Km: 'km',
  KG: 'kg',
  Kg: 'kg',
};

const UNIT_CHARS = /^[%\u3400-\u9fffA-Za-z²³㎡/·]+$/;

/** The normalised unit, or null when the text after the number is not a unit. */
export function normaliseUnit(unit: string): string | null {
  if (unit === '') return '';
  if (!UNIT_CHARS.test(unit)) return null;
  if (unit.includes('/')) {
    const parts = unit.split('/');
    const out: string[] = [];
    for (const part of parts) {
      const p = normaliseSimpleUnit(part);
      if (p === null || p === '') return null;
      out.push(p);
    }
    return out.join('/');
  }
  return normaliseSimpleUnit(unit);
}

function normaliseSimpleUnit(unit: string): string | null {
  const alias = UNIT_ALIASES[unit];
  if (alias !== undefined) return alias;
  if (KNOWN_UNITS.has(unit)) return unit;
  // 万人 / 万户 / 万人次: ten thousand of a count unit.
  if (unit.length > 1 && unit.startsWith('万') && KNOWN_UNITS.has(unit.slice(1))) return unit;
  // Short unknown measure words (场馆, 人日 …) are accepted; longer text is not a unit.
  if (/^[\u3400-\u9fff]{1,2}$/.test(unit) && !/[以上下内前后底末约和及的]/.test(unit)) return unit;
  return null;
}

function readPrefix(s: string): [Comparator | null, string] {
  for (const [word, comparator] of PREFIXES) {
    if (s.startsWith(word)) return [comparator, s.slice(word.length)];
  }
  return [null, s];
}

function readSuffix(s: string): [Comparator | null, string] {
  for (const [word, comparator] of SUFFIXES) {
    if (s.endsWith(word) && s.length > word.length) return [comparator, s.slice(0, -word.length)];
  }
  return [null, s];
}

function numberOf(s: string): string {
  return canonicalDecimal(s.replace(/,/g, '').replace(/^\+/, ''));
}

function directionOf(comparator: Comparator): 'positive' | 'negative' {
  return comparator === '<=' || comparator === '<' ? 'negative' : 'positive';
}

type QuantResult = QuantitativeValue | UnparsedValue | null;

/** null: not a quantitative form at all (try the qualitative forms). */
function parseQuantitative(compact: string, raw: string): QuantResult {
  const [prefix, afterPrefix] = readPrefix(compact);
  const m = LEADING_NUMBER.exec(afterPrefix);
  if (!m) {
    return prefix !== null && prefix !== 'none' && afterPrefix === ''
      ? unparsed(raw, '只有比较符号，没有数值')
      : null;
  }
  let rest = m[2];
  const [suffix, beforeSuffix] = readSuffix(rest);
  rest = beforeSuffix;
  let comparator: Comparator = prefix ?? suffix ?? 'none';
  if (prefix !== null && suffix !== null && prefix !== 'none' && suffix !== 'none') {
    if (directionOf(prefix) !== directionOf(suffix)) return unparsed(raw, '比较方式前后矛盾');
  }
  if (prefix === 'none' && suffix !== null) comparator = suffix;

  const range = RANGE_REST.exec(rest);
  if (range) {
    const unit1 = normaliseUnit(range[1]);
    const unit2 = normaliseUnit(range[3]);
    if (unit1 === null || unit2 === null) return null;
    if (unit1 !== '' && unit2 !== '' && unit1 !== unit2) return null;
    const low = numberOf(m[1]);
    const high = numberOf(range[2]);
    const [lower, upper] = Number(low) <= Number(high) ? [low, high] : [high, low];
    return {
      kind: 'quantitative',
      comparator: 'range',
      value: lower,
      upper,
      unit: unit2 || unit1,
      direction: 'positive',
      raw,
    };
  }
  const unit = normaliseUnit(rest);
  if (unit === null) return null;
  return {
    kind: 'quantitative',
    comparator,
    value: numberOf(m[1]),
    unit,
    direction: directionOf(comparator),
    raw,
  };
}

// ---------------------------------------------------------------------------------------------
// Qualitative forms
// ---------------------------------------------------------------------------------------------

/** 每月一次, 每季度一次, 按季到位 … (seed 001: `及时落实,按季到位`). */
const FREQUENCY_RE =
  /每(?:个)?(?:日|天|周|星期|旬|月|季|季度|半年|年|学期)|按(?:日|天|周|月|季|季度|半年|年)|[一二两三四五六七八九十\d]+次\/(?:日|天|周|月|季|年)|定期/;

/** 2021年3月底前, 12月31日前, 年底之前, 2022 年 1 月-2022 年 12 月, 按时合同约定完成 … */
const DEADLINE_RE =
  /(?:19|20)\d{2}年|\d{1,2}月(?:\d{1,2}日|底|末|前|份|上旬|中旬|下旬)|年底|年末|年内|年度内|当年|月底|月末|季末|季度末|之前|以前|底前|前完成|按时|按期|如期|截至|截止|限期/;

const HAS_WORD = /[\u3400-\u9fffA-Za-z]/;
const HAS_DIGIT = /\d/;

function qualitative(subtype: QualitativeSubtype, text: string, raw: string): ParsedValue {
  return { kind: 'qualitative', subtype, text, raw };
}

function parseUncached(raw: string): ParsedValue {
  const text = collapseSpaces(normaliseText(raw));
  if (text === '') return unparsed(raw, '空值');
  const compact = text.replace(/ /g, '').replace(TRAILING_PUNCT, '');
  if (compact === '') return unparsed(raw, '空值');

  const quantitative = parseQuantitative(compact, raw);
  if (quantitative !== null) {
    // `2021年` or `12月` written as a value is a point in time, not an amount of years.
    if (
      quantitative.kind === 'quantitative' &&
      quantitative.comparator !== 'range' &&
      ((quantitative.unit === '年' && Number(quantitative.value) >= 1900) ||
        (quantitative.unit === '月' && quantitative.comparator === 'none'))
    ) {
      return qualitative('deadline', text, raw);
    }
    return quantitative;
  }
  if (FREQUENCY_RE.test(compact)) return qualitative('frequency', text, raw);
  if (DEADLINE_RE.test(compact)) return qualitative('deadline', text, raw);
  if (HAS_DIGIT.test(compact))
    return unparsed(raw, '含有数字，但不是可识别的“比较符号 + 数值 + 单位”');
  if (!HAS_WORD.test(compact)) return unparsed(raw, '无法识别');
  return qualitative('judgement', text, raw);
}
