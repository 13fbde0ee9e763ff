import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReviewableController } from '../../common/http/review.controller';
import { CreateMonitoringDto, UpdateMonitoringDto } from './dto/monitoring.dto';
import { MonitoringService } from './monitoring.service';

@ApiTags('绩效运行监控')
@Controller('monitoring')
export class MonitoringController extends ReviewableController({
  read: 'monitoring.read',
  write: 'monitoring.write',
  submit: 'monitoring.submit',
  review: 'monitoring.review',
  create: CreateMonitoringDto,
  update: UpdateMonitoringDto,
}) {
  constructor(protected readonly service: MonitoringService) {
    super();
  }
}
