/** One mission: retained or not, with its annual amount for the current taille (or why there is none). */
import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { AciGridVersion, Mission, Taille, aciAmount } from "../../domain";
import { euros } from "../format";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

const useStyles = makeStyles({
  label: { display: "flex", flexDirection: "column" },
  amount: { color: tokens.colorNeutralForeground2 },
  unfunded: { color: tokens.colorPaletteDarkOrangeForeground2 },
});

export function MissionCheckbox(props: {
  mission: Mission;
  retained: boolean;
  version: AciGridVersion | undefined;
  taille: Taille | undefined;
  dispatch: Dispatch<ParametresAction>;
}) {
  const { mission, retained, version, taille, dispatch } = props;
  const styles = useStyles();
  const amount = version && taille !== undefined ? aciAmount(version, taille, mission.key) : undefined;
  // Without a taille there is no amount to show yet; with one, a missing amount means the grid has none.
  const unfunded = version !== undefined && taille !== undefined && amount === undefined;
  const detail = amount !== undefined ? L.missionAmount(euros(amount)) : unfunded ? L.missionUnfunded(version.id) : L.missionNoTaille;
  return (
    <Checkbox
      checked={retained}
      onChange={(_, d) => dispatch({ type: "mission", key: mission.key, retained: d.checked === true })}
      label={
        <span className={styles.label}>
          <span>{mission.shortLabel}</span>
          <Text size={200} className={unfunded ? styles.unfunded : styles.amount}>
            {detail}
          </Text>
        </span>
      }
    />
  );
}
