import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/http/crud.controller';
import { CreateOrgDto, UpdateOrgDto } from './dto/org.dto';
import { OrgsService } from './orgs.service';

@ApiTags('组织机构')
@Controller('orgs')
export class OrgsController extends CrudController({
  read: 'orgs.read',
  write: 'orgs.write',
  create: CreateOrgDto,
  update: UpdateOrgDto,
}) {
  constructor(protected readonly service: OrgsService) {
    super();
  }
}
