import { Box } from '@mui/material';
import { FormDataConsumer, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { parseValue } from '../../../shared/scoring';
import { matches } from '../../common/validators';
import { ParsedCaption } from '../../target-docs/ParsedCaption';
import { DIRECTION_CHOICES, SCOPE_CHOICES, type LibraryIndicator } from './types';

/** Blank 建议分值 is null, not "". */
export const normaliseIndicator = (data: Partial<LibraryIndicator>) => ({
  ...data,
  weight:
    data.weight === undefined || data.weight === null || String(data.weight).trim() === ''
      ? null
      : String(data.weight).trim(),
});

/** 指标库 entry: category, name, unit, direction, a reference 指标值 and how it is measured. */
export const IndicatorForm = () => (
  <SimpleForm defaultValues={{ scope: 'project', direction: 'positive' }} sx={{ maxWidth: 900 }}>
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { md: '1fr 1fr 1fr' }, gap: 2, width: '100%' }}
    >
      <SelectInput source="scope" choices={SCOPE_CHOICES} validate={required()} />
      <TextInput source="level1" validate={required()} />
      <TextInput source="level2" validate={required()} />
    </Box>
    <TextInput source="name" validate={required()} fullWidth />
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { md: '1fr 1fr 1fr 1fr' },
        gap: 2,
        width: '100%',
      }}
    >
      <SelectInput source="direction" choices={DIRECTION_CHOICES} validate={required()} />
      <TextInput source="unit" />
      <Box>
        <TextInput source="suggestedTarget" />
        <FormDataConsumer<Partial<LibraryIndicator>>>
          {({ formData }) =>
            formData.suggestedTarget ? (
              <ParsedCaption parsed={parseValue(formData.suggestedTarget)} row={formData} />
            ) : null
          }
        </FormDataConsumer>
      </Box>
      <TextInput
        source="weight"
        validate={matches(/^\d{1,3}(\.\d{1,4})?$/, 'app.indicators.weight_format')}
      />
    </Box>
    <TextInput source="explanation" multiline minRows={2} fullWidth />
    <TextInput source="method" multiline minRows={2} fullWidth />
  </SimpleForm>
);
