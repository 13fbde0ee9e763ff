import englishMessages from 'ra-language-english';
import zhMessages from '../../../admin/i18n/zh';

type Flat = Record<string, string>;

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`; non-string leaves are kept as their JSON text. */
function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out[prefix] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

const pick = (flat: Flat, root: string): Flat =>
  Object.fromEntries(Object.entries(flat).filter(([key]) => key.startsWith(`${root}.`)));

const placeholders = (text: string): string[] => (text.match(/%\{\w+\}/g) ?? []).sort();

/** Values that may legitimately equal the English text: they contain nothing but placeholders. */
const SAME_AS_ENGLISH = new Set(['ra.page.list']);

const en = pick(flatten(englishMessages), 'ra');
const zh = flatten(zhMessages);
const zhRa = pick(zh, 'ra');

describe('admin Chinese translation (admin/i18n/zh.ts)', () => {
  it('translates exactly the ra.* keys of ra-language-english, none missing and none extra', () => {
    const missing = Object.keys(en).filter((key) => !(key in zhRa));
    const extra = Object.keys(zhRa).filter((key) => !(key in en));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('has no empty value anywhere', () => {
    const empty = Object.entries(zh)
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('leaves no ra.* value in English', () => {
    const untranslated = Object.keys(en).filter(
      (key) => /[A-Za-z]/.test(en[key]) && zhRa[key] === en[key] && !SAME_AS_ENGLISH.has(key),
    );
    expect(untranslated).toEqual([]);
  });

  it('only whitelists values that contain nothing but placeholders', () => {
    for (const key of SAME_AS_ENGLISH) {
      expect(en[key].replace(/%\{\w+\}/g, '').trim()).toBe('');
    }
  });

  it('keeps the interpolation placeholders of every English message', () => {
    // Polyglot has one plural form for zh, so only the placeholders of the plural form matter.
    const wrong = Object.keys(en).filter((key) => {
      const forms = en[key].split('||||');
      const expected = placeholders(forms[forms.length - 1]).filter((p) => p !== '%{smart_count}');
      const actual = placeholders(zhRa[key] ?? '').filter((p) => p !== '%{smart_count}');
      return expected.some((p) => !actual.includes(p));
    });
    expect(wrong).toEqual([]);
  });

  it('uses no plural separator, which Polyglot would never reach for zh', () => {
    const withPlural = Object.entries(zh)
      .filter(([, text]) => text.includes('||||'))
      .map(([key]) => key);
    expect(withPlural).toEqual([]);
  });

  it('names the roles and organisation types with the official terms', () => {
    expect(zh['app.roles.unit']).toBe('项目单位');
    expect(zh['app.roles.department']).toBe('主管部门');
    expect(zh['app.roles.finance']).toBe('财政局');
    expect(zh['app.roles.manager']).toBe('领导');
    expect(zh['app.roles.admin']).toBe('系统管理员');
    expect(zh['app.org_types.region']).toBe('财政（区域）');
    expect(zh['app.org_types.department']).toBe('主管部门');
    expect(zh['app.org_types.unit']).toBe('预算单位');
  });

  it('keeps 密码 out of the password toggle, so getByLabel("密码") finds only the field', () => {
    expect(zh['ra.input.password.toggle_visible']).not.toContain('密码');
    expect(zh['ra.input.password.toggle_hidden']).not.toContain('密码');
  });

  it('labels the login form and the resources in Chinese', () => {
    expect(zh['ra.auth.username']).toBe('用户名');
    expect(zh['ra.auth.password']).toBe('密码');
    expect(zh['ra.auth.sign_in']).toBe('登录');
    expect(zh['ra.auth.logout']).toBe('退出登录');
    expect(zh['resources.orgs.name']).toBe('组织机构');
    expect(zh['resources.users.fields.orgId']).toBe('所属机构');
    expect(zh['resources.audit-logs.fields.before']).toBe('修改前');
  });

  it('names the target-declaration resources and fields with the official table terms', () => {
    expect(zh['resources.projects.name']).toBe('项目库');
    expect(zh['resources.projects.fields.amountSpecial']).toBe('财政专户管理资金');
    expect(zh['resources.projects.fields.spendPlan.q4']).toBe('12月底');
    expect(zh['resources.targets.name']).toBe('项目绩效目标表');
    expect(zh['resources.targets.fields.goals']).toBe('年度绩效目标');
    expect(zh['resources.targets.fields.indicators.target']).toBe('指标值');
    expect(zh['resources.targets.fields.indicators.basis']).toBe('指标值确定依据');
    expect(zh['resources.unit-targets.name']).toBe('整体绩效目标表');
    expect(zh['resources.unit-targets.fields.goals']).toBe('年度履职目标');
    expect(zh['resources.unit-targets.fields.tasks']).toBe('年度主要任务');
    expect(zh['resources.unit-targets.fields.budget.total']).toBe('部门预算总额');
    expect(zh['resources.indicators.name']).toBe('指标库');
    expect(zh['resources.indicators.fields.level1']).toBe('一级指标');
    expect(zh['resources.todos.name']).toBe('待办');
    expect(zh['app.scoring.fields.reason']).toBe('偏差原因分析及改进措施');
  });
});
