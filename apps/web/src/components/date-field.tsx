// The date field is loaded with the first screen that shows one: its calendar and date library are
// not part of the sign-in page or the article list's first download.
import { TextInput } from "@mantine/core";
import { lazy, Suspense } from "react";
import type { DateFieldProps } from "./date-field-input";

const DateFieldInput = lazy(async () => ({ default: (await import("./date-field-input")).DateFieldInput }));

/** A `YYYY-MM-DD` value, shown and typed in the interface language ("18 Januari 2024"). */
export function DateField(props: DateFieldProps) {
  return (
    <Suspense
      fallback={
        <TextInput
          label={props.label}
          description={props.description}
          placeholder={props.placeholder}
          required={props.required}
          value={props.value}
          readOnly
        />
      }
    >
      <DateFieldInput {...props} />
    </Suspense>
  );
}
