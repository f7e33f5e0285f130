import { Button, Paper, PasswordInput, Stack, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { useSignIn } from "@/lib/auth";

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: onSignedIn });
  };
  return (
    <Paper withBorder p="xl" radius="md" w="100%" maw={420} component="form" onSubmit={submit}>
      <Stack>
        <Title order={1} size="h2">
          {t("auth.title")}
        </Title>
        <TextInput
          label={t("auth.email")}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          name="email"
        />
        <PasswordInput
          label={t("auth.password")}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          name="password"
        />
        <ErrorAlert
          error={signIn.error}
          explain={(err) => (err.code === "unauthorized" ? t("errors.wrongCredentials") : null)}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t("auth.signIn")}
        </Button>
      </Stack>
    </Paper>
  );
}
