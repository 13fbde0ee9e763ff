import { Edit } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { ProjectForm, normaliseProject } from './ProjectForm';

/** Pessimistic: 400 (amounts), 409 (stale version, target under review) reach the form. */
const ProjectEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={normaliseProject}
      queryOptions={{ onError }}
    >
      <ProjectForm />
    </Edit>
  );
};

export default ProjectEdit;
