import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/http/crud.controller';
import { CreateIndicatorDto, UpdateIndicatorDto } from './dto/indicator.dto';
import { IndicatorsService } from './indicators.service';

@ApiTags('指标库')
@Controller('indicators')
export class IndicatorsController extends CrudController({
  read: 'indicators.read',
  write: 'indicators.write',
  create: CreateIndicatorDto,
  update: UpdateIndicatorDto,
}) {
  constructor(protected readonly service: IndicatorsService) {
    super();
  }
}
