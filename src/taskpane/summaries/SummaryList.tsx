/**
 * The figures of one summary section, grouped under their headings (a mission, a budget block), each
 * a link selecting the cell it was read from; an alert (cash running short) and a calculation error
 * stand out by colour, a left border and words, never by colour alone.
 */
import { Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { WorkbookSummary } from "../../excel/api";
import { SUMMARY_LABELS as L } from "./labels";
import { errorHint, groupSummaries, summarySpoken, summaryText } from "./summaryValue";

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  figures: { margin: 0, display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground2, alignSelf: "baseline" },
  figure: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums", alignSelf: "baseline" },
  // A text figure (« Trésorerie négative en mars 2027 : −4 200 € ») takes the whole line under its label.
  wide: { gridColumn: "1 / -1", textAlign: "left" },
  flagged: {
    gridColumn: "1 / -1",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThickest} solid`,
    borderRadius: tokens.borderRadiusSmall,
  },
  alert: { borderLeftColor: tokens.colorPaletteRedBorder2, backgroundColor: tokens.colorPaletteRedBackground1 },
  error: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2, backgroundColor: tokens.colorNeutralBackground2 },
  link: { textAlign: "inherit" },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

function Figure({ summary, label, onSelect }: { summary: WorkbookSummary; label: string; onSelect: (summary: WorkbookSummary) => void }) {
  const styles = useStyles();
  const flagged = summary.status !== "ok";
  const wide = flagged || (typeof summary.value === "string" && summary.value !== "" && summary.format === "text");
  const prefix = summary.status === "alert" ? `${L.alert} : ` : "";
  return (
    <dd
      className={mergeClasses(
        styles.figure,
        wide && styles.wide,
        flagged && styles.flagged,
        summary.status === "alert" && styles.alert,
        summary.status === "error" && styles.error,
      )}
      data-status={summary.status}
    >
      <Link
        className={mergeClasses(styles.link, flagged && styles.strong)}
        onClick={() => onSelect(summary)}
        aria-label={L.goTo(label, `${prefix}${summarySpoken(summary)}`, summary.sheetName, summary.address)}
        title={L.cell(summary.sheetName, summary.address)}
      >
        {summaryText(summary)}
      </Link>
      {summary.status === "error" && (
        <Text block size={200}>
          {errorHint(summary)}
        </Text>
      )}
    </dd>
  );
}

export function SummaryList({ summaries, onSelect }: { summaries: readonly WorkbookSummary[]; onSelect: (summary: WorkbookSummary) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.groups}>
      {groupSummaries(summaries).map((group, g) => (
        <div key={`${group.heading ?? ""}#${g}`} className={styles.group}>
          {group.heading !== undefined && (
            <Text as="h3" size={300} weight="semibold" className={styles.heading}>
              {group.heading}
            </Text>
          )}
          <dl className={styles.figures}>
            {group.items.map(({ summary, label }) => (
              <Fragment key={`${summary.sheetName}!${summary.address}`}>
                <dt className={styles.term}>{label}</dt>
                <Figure summary={summary} label={group.heading ? `${group.heading} — ${label}` : label} onSelect={onSelect} />
              </Fragment>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
