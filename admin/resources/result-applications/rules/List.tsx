import { Chip, Stack, Typography } from '@mui/material';
import { DataTable, List, usePermissions, useTranslate } from 'react-admin';
import { GRADES } from '../../../../shared/scoring/types';
import { DateTimeField } from '../../../common/DateTimeField';
import { listSx } from '../../../common/OfficialTable';
import { canRoleAccess } from '../../../providers/permissions';
import type { ResultRuleRecord } from '../types';

const Col = DataTable.Col<ResultRuleRecord>;

/** 结果应用规则: one per region (财政), grade → suggested treatment. */
const ResultRuleList = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<string | undefined>();
  const editable = canRoleAccess(role, 'result-rules', 'edit');
  return (
    <List exporter={false} pagination={false} actions={false}>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 2 }}>
        {translate('app.results.rules_intro')}
      </Typography>
      <DataTable<ResultRuleRecord>
        bulkActionButtons={false}
        sx={listSx}
        rowClick={editable ? 'edit' : false}
      >
        <Col source="orgName" disableSort />
        {GRADES.map((g) => (
          <Col
            key={g}
            label={`${translate('app.results.grade')}「${g}」`}
            disableSort
            render={(r) => r.rules[g]}
          />
        ))}
        <Col
          source="stored"
          disableSort
          render={(r) => (
            <Stack direction="row">
              <Chip
                size="small"
                variant="outlined"
                color={r.stored ? 'primary' : 'default'}
                label={translate(r.stored ? 'app.results.custom_rule' : 'app.results.default_rule')}
              />
            </Stack>
          )}
        />
        <Col source="updatedAt" disableSort field={DateTimeField} />
      </DataTable>
    </List>
  );
};

export default ResultRuleList;
