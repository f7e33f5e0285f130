import type { Assertion } from "@kroscek/schema";
import { Fragment, useEffect, useMemo, useRef } from "react";
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
  /** A passage pointed at from outside the text (a suggestion), outlined. */
  focus?: { start: number; end: number } | null;
  /** Each new value scrolls the outlined passage into view. */
  focusScrollKey?: number;
}

const PENDING = "__pending";
const FOCUS = "__focus";

/**
 * The article text, rendered only as React text nodes (never as HTML), with recorded assertions
 * highlighted by stance. Selecting a passage reports its code-point offsets in the body.
 */
export function ArticleBody({
  body,
  assertions,
  flaggedAssertionIds,
  pending,
  onSelect,
  focus = null,
  focusScrollKey,
}: ArticleBodyProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(assertions.map((a) => [a.id, a])), [assertions]);
  const focusStart = focus?.start;
  const focusEnd = focus?.end;
  const segments = useMemo(() => {
    const spans = assertions.map((a) => ({ id: a.id, start: a.position.start, end: a.position.end }));
    if (pending) spans.push({ id: PENDING, start: pending.start, end: pending.end });
    if (focusStart !== undefined && focusEnd !== undefined)
      spans.push({ id: FOCUS, start: focusStart, end: focusEnd });
    return segmentBody(body, spans);
  }, [body, assertions, pending, focusStart, focusEnd]);
  const lastSegmentOf = useMemo(() => {
    const last = new Map<string, number>();
    segments.forEach((s, i) => {
      for (const id of s.covering) last.set(id, i);
    });
    return last;
  }, [segments]);

  // Scrolls only when asked (a new key), not whenever the outline moves under the pointer.
  useEffect(() => {
    if (focusScrollKey === undefined) return;
    const mark = ref.current?.querySelector("[data-suggestion-focus]");
    const still = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    mark?.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
  }, [focusScrollKey]);

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
        const focused = s.covering.includes(FOCUS);
        const focusProps = focused ? { "data-suggestion-focus": true } : {};
        if (s.covering.includes(PENDING)) {
          return (
            <mark
              key={s.from}
              className={`${classes.mark} ${classes.selected} ${focused ? classes.focus : ""}`}
              data-testid="pending-quote"
              {...focusProps}
            >
              {s.text}
            </mark>
          );
        }
        const ids = s.covering.filter((id) => id !== FOCUS);
        const top = byId.get(ids[ids.length - 1] as string);
        const flagged = ids.some((id) => flaggedAssertionIds.has(id) && lastSegmentOf.get(id) === i);
        const cls = [
          classes.mark,
          top ? classes[top.stance] : "",
          ids.length > 1 ? classes.overlap : "",
          flagged ? classes.flagged : "",
          focused ? classes.focus : "",
        ].join(" ");
        return (
          <mark
            key={s.from}
            className={cls}
            data-stance={top?.stance}
            data-assertion-ids={ids.length ? ids.join(" ") : undefined}
            title={[
              top ? t(`stance.${top.stance}`) : "",
              flagged ? t("reader.flagged") : "",
              focused ? t("suggestions.highlighted") : "",
            ]
              .filter(Boolean)
              .join(" · ")}
            {...focusProps}
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
