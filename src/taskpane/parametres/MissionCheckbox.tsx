/** One mission: retained or not, with its annual amount for the current taille (or why there is none). */
import { Checkbox, tokens } from "@fluentui/react-components";
import { TYPE } from "../typography";
import type { CSSProperties, Dispatch } from "react";
import { AciGridVersion, Mission, Taille, aciAmount } from "../../domain";
import { euros } from "../format";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

const styles = {
  label: { display: "flex", flexDirection: "column" },
  amount: { color: tokens.colorNeutralForeground2 },
  unfunded: { color: tokens.colorPaletteDarkOrangeForeground2 },
} satisfies Record<string, CSSProperties>;

export function MissionCheckbox(props: {
  mission: Mission;
  retained: boolean;
  version: AciGridVersion | undefined;
  taille: Taille | undefined;
  dispatch: Dispatch<ParametresAction>;
}) {
  const { mission, retained, version, taille, dispatch } = props;
  const amount = version && taille !== undefined ? aciAmount(version, taille, mission.key) : undefined;
  // Without a taille there is no amount to show yet; with one, a missing amount means the grid has none.
  const unfunded = version !== undefined && taille !== undefined && amount === undefined;
  const detail = amount !== undefined ? L.missionAmount(euros(amount)) : unfunded ? L.missionUnfunded(version.id) : L.missionNoTaille;
  return (
    <Checkbox
      checked={retained}
      onChange={(_, d) => dispatch({ type: "mission", key: mission.key, retained: d.checked === true })}
      label={
        <span style={styles.label}>
          <span>{mission.shortLabel}</span>
          <span style={{ ...TYPE.caption, ...(unfunded ? styles.unfunded : styles.amount) }}>
            {detail}
          </span>
        </span>
      }
    />
  );
}
