// A date field that follows the app's language, not the browser's: a native `type="date"` input is
// drawn in the browser's locale ("mm/dd/yyyy" in an Indonesian interface). Values stay YYYY-MM-DD.
import { DateInput, type DateInputProps } from "@mantine/dates";
import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";
import "dayjs/locale/id";
import "dayjs/locale/en-gb";
import { useLang } from "@/i18n/findings";

dayjs.extend(customParseFormat);

const SHOWN = "D MMMM YYYY";
/** What a person may type: ISO, day/month/year (the Indonesian order) or the shown form. */
const TYPED = ["YYYY-MM-DD", "D/M/YYYY", "D-M-YYYY", SHOWN, "D MMM YYYY"];

export type DateFieldProps = Omit<
  DateInputProps,
  "value" | "onChange" | "locale" | "valueFormat" | "dateParser"
> & {
  value: string;
  onChange: (value: string) => void;
};

/** A `YYYY-MM-DD` value, shown and typed in the interface language ("18 Januari 2024"). */
export function DateFieldInput({ value, onChange, ...rest }: DateFieldProps) {
  const lang = useLang();
  const locale = lang === "en" ? "en-gb" : "id";
  return (
    <DateInput
      {...rest}
      locale={locale}
      valueFormat={SHOWN}
      value={value || null}
      onChange={(v) => onChange(v ?? "")}
      dateParser={(input) => {
        const d = dayjs(input.trim(), TYPED, locale, true);
        return d.isValid() ? d.format("YYYY-MM-DD") : null;
      }}
      clearable={!rest.required}
    />
  );
}
