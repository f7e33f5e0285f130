import { TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { codePointLength, findAllCodePoint } from "@/lib/code-points";
import { type QuoteSelection, quoteAt } from "../utils/selection";

/** Keyboard alternative to selecting with the mouse: type the passage, it is found in the body. */
export function FindPassage({ body, onSelect }: { body: string; onSelect: (s: QuoteSelection) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const hits = text ? findAllCodePoint(body, text) : [];
  const error =
    text && hits.length === 0
      ? t("reader.findNone")
      : hits.length > 1
        ? t("reader.findMany", { count: hits.length })
        : null;
  return (
    <TextInput
      label={t("reader.find")}
      description={t("reader.findHint")}
      value={text}
      error={error}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const found = next ? findAllCodePoint(body, next) : [];
        if (found.length === 1) {
          const start = found[0] as number;
          onSelect(quoteAt(body, start, start + codePointLength(next)));
        }
      }}
      data-testid="find-passage"
    />
  );
}
