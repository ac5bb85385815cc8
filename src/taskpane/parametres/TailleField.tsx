/** The taille: computed live from the population, or chosen by hand; with the thresholds' reading. */
import { Field, tokens } from "@fluentui/react-components";
import type { CSSProperties, Dispatch } from "react";
import { TAILLES, TAILLE_LABELS, Taille, isTaille } from "../../domain";
import { NativeSelect } from "../NativeSelect";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

const styles = {
  retained: { display: "block", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, marginTop: tokens.spacingVerticalXS },
} satisfies Record<string, CSSProperties>;

export function TailleField(props: { override: Taille | null; taille: Taille | undefined; dispatch: Dispatch<ParametresAction> }) {
  const { override, taille, dispatch } = props;
  const status =
    taille === undefined ? L.tailleUnknown : override !== null ? L.tailleOverridden(TAILLE_LABELS[taille]) : L.tailleComputed(TAILLE_LABELS[taille]);
  return (
    <Field label={L.taille} hint={L.tailleHelp}>
      {(fieldProps) => (
        <>
          <NativeSelect
            {...fieldProps}
            value={override === null ? "auto" : String(override)}
            onChange={(e) => {
              const chosen = Number(e.target.value);
              dispatch({ type: "tailleOverride", value: isTaille(chosen) ? chosen : null });
            }}
          >
            <option value="auto">{L.tailleAuto}</option>
            {TAILLES.map((t) => (
              <option key={t} value={String(t)}>
                {L.tailleOption(t)}
              </option>
            ))}
          </NativeSelect>
          <span style={styles.retained} role="status" aria-live="polite" data-testid="taille-retenue">
            {status}
          </span>
        </>
      )}
    </Field>
  );
}
