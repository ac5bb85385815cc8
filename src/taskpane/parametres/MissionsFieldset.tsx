/** Missions grouped socles / complémentaires, each a labelled checkbox in a fieldset. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { AciGridVersion, MISSIONS, MissionCategory, MissionKey, Taille } from "../../domain";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";
import { MissionCheckbox } from "./MissionCheckbox";
import { SnpCheckbox } from "./SnpCheckbox";

const useStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const GROUPS: { category: MissionCategory; legend: string }[] = [
  { category: "socle", legend: L.missionsSocles },
  { category: "complementaire", legend: L.missionsComplementaires },
];

export function MissionsFieldset(props: {
  missions: readonly MissionKey[];
  snp: boolean;
  version: AciGridVersion | undefined;
  taille: Taille | undefined;
  error?: string;
  dispatch: Dispatch<ParametresAction>;
}) {
  const { missions, snp, version, taille, error, dispatch } = props;
  const styles = useStyles();
  return (
    <>
      {GROUPS.map(({ category, legend }) => (
        <fieldset key={category} className={styles.fieldset}>
          <legend className={styles.legend}>
            <Text weight="semibold">{legend}</Text>
          </legend>
          {MISSIONS.filter((m) => m.category === category).map((m) => (
            <div key={m.key}>
              <MissionCheckbox mission={m} retained={missions.includes(m.key)} version={version} taille={taille} dispatch={dispatch} />
              {m.key === "acces" && missions.includes("acces") && <SnpCheckbox retained={snp} version={version} taille={taille} dispatch={dispatch} />}
            </div>
          ))}
        </fieldset>
      ))}
      {error && (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      )}
    </>
  );
}
