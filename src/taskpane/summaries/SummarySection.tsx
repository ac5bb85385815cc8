/**
 * One summary section of the pane (Indicateurs or Suivi): its figures from the last read of the
 * workbook — the same read as the Contrôles, refreshed with them after each edit — or why there are
 * none. Each section gives its own French words (SummarySectionLabels). No refresh button of its
 * own: the read is the Contrôles' (their button refreshes all three).
 */
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookSummary } from "../../excel/api";
import type { Controls } from "../controles/useControls";
import { SUMMARY_LABELS as L } from "./labels";
import { SummaryList } from "./SummaryList";

export interface SummarySectionLabels {
  intro: string;
  /** The workbook holds our sheets, but none of this section's figures (a workbook generated before them). */
  missing: string;
  notGenerated: string;
}

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export function SummarySection(props: {
  section: WorkbookSummary["section"];
  labels: SummarySectionLabels;
  figures: Controls;
  hasSheets: boolean;
  onSelect: (summary: WorkbookSummary) => void;
}) {
  const { section, labels, figures, hasSheets, onSelect } = props;
  const styles = useStyles();
  const { state } = figures;
  const summaries = state.status === "ready" ? state.summaries.filter((s) => s.section === section) : [];
  return (
    <div className={styles.column}>
      <Text size={200} className={styles.hint}>
        {labels.intro}
      </Text>
      <div aria-live="polite" data-testid={`resume-${section}`}>
        {state.status === "loading" && <Text className={styles.hint}>{L.loading}</Text>}
        {state.status === "failed" && <Text className={styles.hint}>{L.failed}</Text>}
        {state.status === "ready" && summaries.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{hasSheets ? labels.missing : labels.notGenerated}</MessageBarBody>
          </MessageBar>
        )}
        {summaries.length > 0 && <SummaryList summaries={summaries} onSelect={onSelect} />}
      </div>
    </div>
  );
}
