/** The optional volet supplémentaire SNP, offered only when accès aux soins is retained. */
import { Checkbox, tokens } from "@fluentui/react-components";
import { TYPE } from "../typography";
import type { CSSProperties, Dispatch } from "react";
import { AciGridVersion, Taille, aciAmount } from "../../domain";
import { euros } from "../format";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

const styles = {
  nested: { paddingLeft: tokens.spacingHorizontalXXL },
  label: { display: "flex", flexDirection: "column" },
  amount: { color: tokens.colorNeutralForeground2 },
} satisfies Record<string, CSSProperties>;

export function SnpCheckbox(props: {
  retained: boolean;
  version: AciGridVersion | undefined;
  taille: Taille | undefined;
  dispatch: Dispatch<ParametresAction>;
}) {
  const { retained, version, taille, dispatch } = props;
  const amount = version && taille !== undefined ? aciAmount(version, taille, "acces", "supplementaire") : undefined;
  return (
    <div style={styles.nested}>
      <Checkbox
        checked={retained}
        onChange={(_, d) => dispatch({ type: "snp", retained: d.checked === true })}
        label={
          <span style={styles.label}>
            <span>{L.snp}</span>
            <span style={{ ...TYPE.caption, ...styles.amount }}>
              {amount !== undefined ? L.snpAmount(euros(amount)) : version && taille !== undefined ? L.missionUnfunded(version.id) : L.missionNoTaille}
            </span>
          </span>
        }
      />
    </div>
  );
}
