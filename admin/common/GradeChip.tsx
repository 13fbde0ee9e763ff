import { Chip } from '@mui/material';
import { GRADES, type Grade } from '../../shared/scoring/types';

const COLORS: Record<Grade, 'success' | 'primary' | 'warning' | 'error'> = {
  优: 'success',
  良: 'primary',
  中: 'warning',
  差: 'error',
};

export const isGrade = (value: unknown): value is Grade =>
  typeof value === 'string' && (GRADES as readonly string[]).includes(value);

export const GRADE_CHOICES = GRADES.map((id) => ({ id, name: id }));

/** 优 / 良 / 中 / 差 as a small coloured chip (the colours of the dashboard's charts). */
export const GradeChip = ({ grade, testId }: { grade: unknown; testId?: string }) =>
  isGrade(grade) ? (
    <Chip
      size="small"
      color={COLORS[grade]}
      label={grade}
      data-testid={testId}
      data-grade={grade}
      sx={{ minWidth: 36, fontWeight: 600 }}
    />
  ) : null;
