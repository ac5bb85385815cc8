/** The taille: computed live from the population, or chosen by hand; with the thresholds' reading. */
import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { TAILLES, TAILLE_LABELS, Taille, isTaille } from "../../domain";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

const useStyles = makeStyles({
  retained: { color: tokens.colorNeutralForeground1, marginTop: tokens.spacingVerticalXS },
});

/** A list of five options: Fluent's Select wraps the native <select>, so the keyboard works as in any form. */
export function TailleField(props: { override: Taille | null; taille: Taille | undefined; dispatch: Dispatch<ParametresAction> }) {
  const { override, taille, dispatch } = props;
  const styles = useStyles();
  const status =
    taille === undefined ? L.tailleUnknown : override !== null ? L.tailleOverridden(TAILLE_LABELS[taille]) : L.tailleComputed(TAILLE_LABELS[taille]);
  return (
    <Field label={L.taille} hint={L.tailleHelp}>
      {(fieldProps) => (
        <>
          <Select
            {...fieldProps}
            value={override === null ? "auto" : String(override)}
            onChange={(_, data) => {
              const chosen = Number(data.value);
              dispatch({ type: "tailleOverride", value: isTaille(chosen) ? chosen : null });
            }}
          >
            <option value="auto">{L.tailleAuto}</option>
            {TAILLES.map((t) => (
              <option key={t} value={String(t)}>
                {L.tailleOption(t)}
              </option>
            ))}
          </Select>
          <Text block weight="semibold" className={styles.retained} role="status" aria-live="polite" data-testid="taille-retenue">
            {status}
          </Text>
        </>
      )}
    </Field>
  );
}
