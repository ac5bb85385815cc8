import { Field, ProgressBar } from "@fluentui/react-components";
import type { GenerationProgress } from "../../excel/api";
import { ACTIONS_LABELS as L } from "./labels";

/** Determinate once the writer reports progress; indeterminate before its first report. */
export function GenerationProgressBar({ label, progress }: { label: string; progress: GenerationProgress | undefined }) {
  return (
    <Field label={label} validationMessage={progress?.message ?? L.progressStart} validationState="none">
      <ProgressBar value={progress?.fraction} max={1} thickness="large" />
    </Field>
  );
}
