import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { parseValue } from '../../../shared/scoring';
import {
  IndicatorDirection,
  LibraryIndicator,
} from '../indicators/entities/library-indicator.entity';
import { SEED_001 } from './data/seed-001';
import { SEED_004 } from './data/seed-004';
import type { SeedIndicator } from './data/seed-types';

/** 分值 of the 投入管理 indicators in seed 002's 部门整体自评表, by 二级指标. */
const SEED_002_WEIGHTS: Record<string, string> = {
  工作目标管理: '1',
  预算和财务管理: '2',
  绩效管理: '1',
};

function direction(target: string): IndicatorDirection {
  const parsed = parseValue(target);
  if (parsed.kind !== 'quantitative') return 'qualitative';
  return parsed.direction;
}

/** The formula sentence of an explanation (`预算执行率=（预算完成数/预算数）×100%。…`), if any. */
function formulaOf(text: string): string {
  return (
    text
      .split(/[。；]/)
      .map((s) => s.trim())
      .find((s) => /[=＝]/.test(s)) ?? ''
  );
}

/**
 * Seeds the 指标库 with the standard department-overall indicators of the seeds: the 2023 form's
 * 投入管理 block of seed 004 (预算执行率, 预算调整率, 结转结余率, “三公经费”控制率, 政府采购执行率 …,
 * with their published explanations and formulas and the 分值 of seed 002) and the quantitative
 * 管理效率 / 运行成本 / 服务满意 indicators of seed 001's 2021 form.
 */
@Injectable()
export class DemoIndicators {
  async load(em: EntityManager): Promise<number> {
    if ((await em.count(LibraryIndicator)) > 0) return 0;
    const unit2023 =
      SEED_004.unitTargets[0]?.indicators.filter((i) => i.level1 === '投入管理指标') ?? [];
    const unit2021 =
      SEED_001.unitTargets[0]?.indicators.filter(
        (i) => i.target !== '' && ['管理效率', '运行成本', '服务满意'].includes(i.level1),
      ) ?? [];
    const seen = new Set<string>();
    const rows: Partial<LibraryIndicator>[] = [];
    const add = (i: SeedIndicator, weight: string | null) => {
      if (seen.has(i.name)) return;
      seen.add(i.name);
      const parsed = parseValue(i.target);
      const explanation = i.description ?? '';
      rows.push({
        scope: 'department',
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        unit: parsed.kind === 'quantitative' ? parsed.unit : '',
        direction: direction(i.target),
        suggestedTarget: i.target,
        explanation,
        method: i.method ?? formulaOf(explanation),
        weight,
      });
    };
    for (const i of unit2023) add(i, SEED_002_WEIGHTS[i.level2] ?? null);
    for (const i of unit2021) add(i, null);
    if (rows.length) await em.insert(LibraryIndicator, rows);
    return rows.length;
  }
}
