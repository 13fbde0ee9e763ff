import { Create } from 'react-admin';
import { ProjectForm, normaliseProject } from './ProjectForm';

const ProjectCreate = () => (
  <Create redirect="show" transform={normaliseProject} title="app.projects.create_title">
    <ProjectForm />
  </Create>
);

export default ProjectCreate;
