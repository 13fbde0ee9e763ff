import { Box, Typography } from '@mui/material';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { Login, LoginForm, PasswordInput, TextInput, required, useTranslate } from 'react-admin';

/** 预算绩效管理平台 login: 用户名 / 密码 / 登录, every text from the zh messages. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login avatarIcon={<AccountBalanceIcon />}>
      <Box sx={{ textAlign: 'center', px: 2 }}>
        <Typography component="h1" variant="h5" data-testid="login-title">
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.login.subtitle')}
        </Typography>
      </Box>
      <LoginForm>
        <TextInput
          autoFocus
          source="username"
          label={translate('ra.auth.username')}
          autoComplete="username"
          validate={required()}
          slotProps={{ htmlInput: { 'data-testid': 'login-username' } }}
        />
        <PasswordInput
          source="password"
          label={translate('ra.auth.password')}
          autoComplete="current-password"
          validate={required()}
          slotProps={{ htmlInput: { 'data-testid': 'login-password' } }}
        />
      </LoginForm>
    </Login>
  );
};
