import { DeleteButton, SaveButton, Toolbar, useRecordContext } from 'react-admin';

/** 保存, and 删除 for a draft only (the server deletes nothing else). */
export const DocFormToolbar = () => {
  const record = useRecordContext<{ status?: string }>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record?.status === 'draft' && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};
