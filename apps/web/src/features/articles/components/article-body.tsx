import type { Assertion } from "@kroscek/schema";
import { Fragment, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { segmentBody } from "../utils/segments";
import { type QuoteSelection, selectionInBody } from "../utils/selection";
import classes from "./article-body.module.css";

interface ArticleBodyProps {
  body: string;
  assertions: Assertion[];
  flaggedAssertionIds: Set<string>;
  /** The passage being recorded, shown highlighted until it is saved. */
  pending: QuoteSelection | null;
  onSelect?: (selection: QuoteSelection) => void;
}

/**
 * The article text, rendered only as React text nodes (never as HTML), with recorded assertions
 * highlighted by stance. Selecting a passage reports its code-point offsets in the body.
 */
export function ArticleBody({ body, assertions, flaggedAssertionIds, pending, onSelect }: ArticleBodyProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(assertions.map((a) => [a.id, a])), [assertions]);
  const segments = useMemo(() => {
    const spans = assertions.map((a) => ({ id: a.id, start: a.position.start, end: a.position.end }));
    if (pending) spans.push({ id: "__pending", start: pending.start, end: pending.end });
    return segmentBody(body, spans);
  }, [body, assertions, pending]);
  const lastSegmentOf = useMemo(() => {
    const last = new Map<string, number>();
    segments.forEach((s, i) => {
      for (const id of s.covering) last.set(id, i);
    });
    return last;
  }, [segments]);

  const capture = () => {
    if (!ref.current || !onSelect) return;
    const selection = selectionInBody(ref.current, body);
    if (selection) onSelect(selection);
  };

  return (
    <div
      ref={ref}
      className={classes.body}
      onMouseUp={capture}
      onKeyUp={(e) => e.shiftKey && capture()}
      data-testid="article-body"
      aria-label={t("reader.body")}
      role="document"
    >
      {segments.map((s, i) => {
        if (s.covering.length === 0) return <Fragment key={s.from}>{s.text}</Fragment>;
        if (s.covering.includes("__pending")) {
          return (
            <mark key={s.from} className={`${classes.mark} ${classes.selected}`} data-testid="pending-quote">
              {s.text}
            </mark>
          );
        }
        const top = byId.get(s.covering[s.covering.length - 1] as string);
        const flagged = s.covering.some((id) => flaggedAssertionIds.has(id) && lastSegmentOf.get(id) === i);
        const cls = [
          classes.mark,
          top ? classes[top.stance] : "",
          s.covering.length > 1 ? classes.overlap : "",
          flagged ? classes.flagged : "",
        ].join(" ");
        return (
          <mark
            key={s.from}
            className={cls}
            data-stance={top?.stance}
            data-assertion-ids={s.covering.join(" ")}
            title={[top ? t(`stance.${top.stance}`) : "", flagged ? t("reader.flagged") : ""]
              .filter(Boolean)
              .join(" · ")}
          >
            {s.text}
          </mark>
        );
      })}
    </div>
  );
}

/** The key to the highlight colours (and the flag marker). */
export function StanceLegend() {
  const { t } = useTranslation();
  return (
    <ul
      aria-label={t("reader.legend")}
      style={{
        listStyle: "none",
        padding: 0,
        margin: 0,
        display: "flex",
        gap: 16,
        flexWrap: "wrap",
        fontSize: 14,
      }}
    >
      {(["asserts", "denies", "reports_unconfirmed"] as const).map((s) => (
        <li key={s}>
          <span className={`${classes.swatch} ${classes[s]}`} aria-hidden />
          {t(`stance.${s}`)}
        </li>
      ))}
      <li>
        <span style={{ color: "#b3261e" }} aria-hidden>
          ⚑{" "}
        </span>
        {t("reader.flagged")}
      </li>
    </ul>
  );
}
