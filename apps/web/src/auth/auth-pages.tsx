import { Alert, Anchor, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tryout/contracts';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from './auth-context';
import {
  displayNameError,
  emailError,
  newPasswordError,
  serverFieldErrors,
  type FieldErrors,
} from './auth-validation.util';

/** Only same-site paths: never bounce to another host after signing in. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/problems';
}

function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Container size={420} py="xl">
      <Title order={1} ta="center" size="h2" mb="lg">
        {title}
      </Title>
      <Paper withBorder p="lg" radius="md">
        {children}
      </Paper>
    </Container>
  );
}

export function LoginPage() {
  const { status } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [touched, setTouched] = useState(false);

  if (status === 'signed-in' && !pending) return <Navigate to={next} replace />;

  const fieldErrors: FieldErrors = touched
    ? { email: emailError(email), password: password ? undefined : 'Enter your password.' }
    : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (emailError(email) || !password) return;
    setPending(true);
    setError(null);
    try {
      await api.login({ email: email.trim(), password });
      void navigate(next, { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <AuthCard title="Log in to Tryout">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {error && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert" title="Could not log in">
              {error}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            value={email}
            error={fieldErrors.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            error={fieldErrors.password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={pending} fullWidth>
            Log in
          </Button>
          <Text size="sm" ta="center">
            New here?{' '}
            <Anchor underline="always" component={Link} to={`/register?next=${encodeURIComponent(next)}`}>
              Create an account
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}

export function RegisterPage() {
  const { status } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  if (status === 'signed-in' && !pending) return <Navigate to={next} replace />;

  const local: FieldErrors = {
    displayName: displayNameError(displayName),
    email: emailError(email),
    password: newPasswordError(password),
  };
  const fieldErrors: FieldErrors = touched
    ? {
        displayName: local.displayName ?? serverErrors.displayName,
        email: local.email ?? serverErrors.email,
        password: local.password ?? serverErrors.password,
      }
    : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setServerErrors({});
    if (local.displayName || local.email || local.password) return;
    setPending(true);
    setError(null);
    try {
      await api.register({ email: email.trim(), password, displayName: displayName.trim() });
      void navigate(next, { replace: true });
    } catch (e) {
      const fields = serverFieldErrors(e);
      setServerErrors(fields);
      setError(Object.keys(fields).length ? 'Check the highlighted fields.' : errorMessage(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <AuthCard title="Create your account">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {error && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert" title="Could not sign up">
              {error}
            </Alert>
          )}
          <TextInput
            label="Display name"
            autoComplete="nickname"
            required
            maxLength={DISPLAY_NAME_MAX_LENGTH}
            value={displayName}
            error={fieldErrors.displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            value={email}
            error={fieldErrors.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            description={`${PASSWORD_MIN_LENGTH} characters or more`}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX_LENGTH}
            value={password}
            error={fieldErrors.password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={pending} fullWidth>
            Sign up
          </Button>
          <Text size="sm" ta="center">
            Already have an account?{' '}
            <Anchor underline="always" component={Link} to={`/login?next=${encodeURIComponent(next)}`}>
              Log in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
