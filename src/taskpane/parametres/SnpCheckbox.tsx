/** The optional volet supplémentaire SNP, offered only when accès aux soins is retained. */
import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { AciGridVersion, Taille, aciAmount } from "../../domain";
import { euros } from "../format";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

const useStyles = makeStyles({
  nested: { paddingLeft: tokens.spacingHorizontalXXL },
  label: { display: "flex", flexDirection: "column" },
  amount: { color: tokens.colorNeutralForeground2 },
});

export function SnpCheckbox(props: {
  retained: boolean;
  version: AciGridVersion | undefined;
  taille: Taille | undefined;
  dispatch: Dispatch<ParametresAction>;
}) {
  const { retained, version, taille, dispatch } = props;
  const styles = useStyles();
  const amount = version && taille !== undefined ? aciAmount(version, taille, "acces", "supplementaire") : undefined;
  return (
    <div className={styles.nested}>
      <Checkbox
        checked={retained}
        onChange={(_, d) => dispatch({ type: "snp", retained: d.checked === true })}
        label={
          <span className={styles.label}>
            <span>{L.snp}</span>
            <Text size={200} className={styles.amount}>
              {amount !== undefined ? L.snpAmount(euros(amount)) : version && taille !== undefined ? L.missionUnfunded(version.id) : L.missionNoTaille}
            </Text>
          </span>
        }
      />
    </div>
  );
}
