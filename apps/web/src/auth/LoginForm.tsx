import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconLock, IconMail } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logIn } from '../api/auth-api.ts';
import { errorMessage } from '../app/notify.tsx';
import { currentLocale } from '../i18n/index.ts';
import { type LoginFailure, loginFailureOf } from './login-failure.ts';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  // The failure and the email it was for: a rate limit is per account, so another email may try.
  const [failed, setFailed] = useState<{ failure: LoginFailure; email: string } | null>(null);
  const failure = failed?.failure ?? null;
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('login.emailRequired')),
      password: (value) => (value ? null : t('login.passwordRequired')),
    },
  });

  // While rate-limited, the button stays off for that email until the server will listen again.
  const lockedUntil =
    failure?.kind === 'rateLimited' && failed?.email === form.values.email.trim() ? failure.retryAt : null;
  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = setTimeout(() => setFailed(null), Math.max(0, lockedUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [lockedUntil]);

  async function submit(values: { email: string; password: string }) {
    setSubmitting(true);
    setFailed(null);
    const email = values.email.trim();
    try {
      await logIn(email, values.password);
      onSignedIn();
    } catch (error) {
      setFailed({ failure: loginFailureOf(error), email });
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} data-testid="login-error">
            {describe(failure, t)}
          </Alert>
        )}
        <TextInput
          label={t('login.email')}
          placeholder={t('login.emailPlaceholder')}
          type="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          size="md"
          leftSection={<IconMail size={18} stroke={1.6} />}
          data-testid="login-email"
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          size="md"
          leftSection={<IconLock size={18} stroke={1.6} />}
          data-testid="login-password"
          {...form.getInputProps('password')}
        />
        <Button
          type="submit"
          size="md"
          fullWidth
          mt="xs"
          loading={submitting}
          disabled={lockedUntil !== null}
          data-testid="login-submit"
        >
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}

// i18next's own TFunction: deriving it from the hook's return type goes too deep for tsc once
// the typed keys grow (every namespace adds to them).
type T = TFunction;

function describe(failure: LoginFailure, t: T): string {
  switch (failure.kind) {
    case 'invalid':
      return t('login.invalidCredentials');
    case 'rateLimited': {
      const time = new Intl.DateTimeFormat(currentLocale() === 'tr' ? 'tr-TR' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        second: failure.waitSeconds < 120 ? '2-digit' : undefined,
      }).format(failure.retryAt);
      const wait =
        failure.waitSeconds < 120
          ? t('login.waitSeconds', { count: failure.waitSeconds })
          : t('login.waitMinutes', { count: Math.ceil(failure.waitSeconds / 60) });
      return t('login.rateLimited', { time, wait });
    }
    case 'other':
      return errorMessage(failure.error);
  }
}
