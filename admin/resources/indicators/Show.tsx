import { FunctionField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { DIRECTION_LABELS, SCOPE_LABELS, type LibraryIndicator } from './types';

const IndicatorShow = () => {
  const onError = useLoadErrorHandler();
  return (
    <Show queryOptions={{ onError }}>
      <SimpleShowLayout>
        <FunctionField<LibraryIndicator>
          source="scope"
          render={(r) => SCOPE_LABELS[r.scope] ?? r.scope}
        />
        <TextField source="level1" />
        <TextField source="level2" />
        <TextField source="name" />
        <TextField source="unit" />
        <FunctionField<LibraryIndicator>
          source="direction"
          render={(r) => DIRECTION_LABELS[r.direction] ?? r.direction}
        />
        <TextField source="suggestedTarget" />
        <TextField source="weight" emptyText="—" />
        <TextField source="explanation" />
        <TextField source="method" />
      </SimpleShowLayout>
    </Show>
  );
};

export default IndicatorShow;
