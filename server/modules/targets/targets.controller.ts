import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdjustableController } from '../../common/http/review.controller';
import {
  CreateTargetDto,
  CreateUnitTargetDto,
  UpdateTargetDto,
  UpdateUnitTargetDto,
} from './dto/target.dto';
import { TargetsService } from './targets.service';
import { UnitTargetsService } from './unit-targets.service';

const PERMISSIONS = {
  read: 'targets.read',
  write: 'targets.write',
  submit: 'targets.submit',
  review: 'targets.review',
} as const;

@ApiTags('项目绩效目标表')
@Controller('targets')
export class TargetsController extends AdjustableController({
  ...PERMISSIONS,
  create: CreateTargetDto,
  update: UpdateTargetDto,
}) {
  constructor(protected readonly service: TargetsService) {
    super();
  }
}

@ApiTags('部门（单位）整体绩效目标表')
@Controller('unit-targets')
export class UnitTargetsController extends AdjustableController({
  ...PERMISSIONS,
  create: CreateUnitTargetDto,
  update: UpdateUnitTargetDto,
}) {
  constructor(protected readonly service: UnitTargetsService) {
    super();
  }
}
