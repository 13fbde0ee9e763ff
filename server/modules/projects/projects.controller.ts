import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/http/crud.controller';
import { CreateProjectDto, UpdateProjectDto } from './dto/project.dto';
import { ProjectsService } from './projects.service';

@ApiTags('项目库')
@Controller('projects')
export class ProjectsController extends CrudController({
  read: 'projects.read',
  write: 'projects.write',
  create: CreateProjectDto,
  update: UpdateProjectDto,
}) {
  constructor(protected readonly service: ProjectsService) {
    super();
  }
}
